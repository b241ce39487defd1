/**
 * A partial draft's gaps (⟦not yet translated: …⟧, scripts/lib/translate/memory/gaps.ts) through the real
 * report pipeline: the reader sees the text as written, and the Chinese in it is marked as Chinese, so a
 * screen reader reading the English paragraph switches voice (WCAG 3.1.2).
 */
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { formatGap } from '../gaps.ts';
import { renderBlockMarkdown } from '../../../../../src/markdown/render-block.ts';

const parse = (html: string): Root => unified().use(rehypeParse, { fragment: true }).parse(html);
const chineseParts = (tree: Root): string[] => selectAll('.untranslated-gap > [lang="zh-CN"]', tree).map((node: Element) => toText(node));

describe('a draft with sentences not yet translated', () => {
  test('each gap is shown as written, its Chinese marked as Chinese', () => {
    const draft = `We built 12,000 mu of farmland. ${formatGap('现代农业加快发展。')} Strawberry Town opened. ${formatGap('新建公厕 38 座。')}`;
    const { html, text } = renderBlockMarkdown(draft);
    const tree = parse(html);
    expect(chineseParts(tree)).toEqual(['现代农业加快发展。', '新建公厕 38 座。']);
    expect(toText(tree)).toBe(draft);
    expect(text).toBe(draft);
  });

  test('a gap whose Chinese has a subscript is marked whole', () => {
    const draft = `The air improved. ${formatGap('PM<sub>2.5</sub> 浓度下降 5%。')} Water too.`;
    const tree = parse(renderBlockMarkdown(draft).html);
    expect(chineseParts(tree)).toEqual(['PM2.5 浓度下降 5%。']);
    expect(selectAll('.untranslated-gap sub', tree)).toHaveLength(1);
    expect(toText(tree)).toBe('The air improved. ⟦not yet translated: PM2.5 浓度下降 5%。⟧ Water too.');
  });

  test('English without gaps, and an opening bracket never closed, are left as they are', () => {
    expect(renderBlockMarkdown('We built 12,000 mu of farmland.').html).toBe('We built 12,000 mu of farmland.');
    const broken = 'Text ⟦not yet translated: 现代农业 and more.';
    expect(renderBlockMarkdown(broken).html).toBe(broken);
  });
});
