/**
 * One parse per block: the real pipeline (block-processor.ts, the plugin list of
 * plugins.ts) on representative report blocks, each checked whole against a
 * file snapshot of its HTML and what the parse recorded in `file.data` (plain
 * text, math, glossary references), plus explicit assertions of the facts
 * each case is about. A changed output fails; `vitest -u` rewrites the
 * snapshots after a deliberate change (review their diff).
 */
import { describe, expect, test } from 'vitest';
import { processBlock, type ProcessedBlock } from '../block-processor.ts';
import { markdownToPlainText } from '../plain-text.ts';
import type { GlossaryRefTarget } from '../remark-glossary-refs.ts';
import { renderBlockMarkdown } from '../render-block.ts';

const GLOSSARY: Record<string, GlossaryRefTarget> = {
  '1': { key: 'hui-shang-bao', anchor: '“惠商保”' },
  '2': { key: 'si-cheng-tong-chuang', anchor: '“四城同创”' },
};

interface Case {
  markdown: string;
  glossary?: Record<string, GlossaryRefTarget>;
  expect: (block: ProcessedBlock) => void;
}

const CASES: Record<string, Case> = {
  'bold-lead': {
    // CommonMark alone would leave the asterisks: the closing ** is followed by a CJK character.
    markdown: '**一年来，我们迎难而上，主动作为。**坚持以粮为基，建成高标准农田 1.15 万亩。',
    expect: ({ html, text }) => {
      expect(html).toContain('<strong>一年来，我们迎难而上，主动作为。</strong>坚持');
      expect(text).toBe('一年来，我们迎难而上，主动作为。坚持以粮为基，建成高标准农田 1.15 万亩。');
    },
  },
  'glossary-markers': {
    markdown: '全面落实“惠商保”<sup>[1]</sup>，一体推进“四城同创”<sup>[2]</sup>，整治“十乱”<sup>[3]</sup>。',
    glossary: GLOSSARY,
    expect: ({ html, text, glossaryRefs }) => {
      expect(html).toContain('<span class="gloss-term">“惠商保”</span><sup class="gloss-n">1</sup></a>');
      // [3] has no entry: its marker stays as printed in the page, and is not text.
      expect(html).toContain('“十乱”<sup>[3]</sup>');
      expect(text).toBe('全面落实“惠商保”，一体推进“四城同创”，整治“十乱”。');
      expect(glossaryRefs).toEqual([
        { key: 'hui-shang-bao', n: 1, term: '“惠商保”' },
        { key: 'si-cheng-tong-chuang', n: 2, term: '“四城同创”' },
      ]);
    },
  },
  'glossary-inferred': {
    markdown: '推进“放管服”改革，深化“放管服”成果。',
    glossary: { 'inferred-4': { key: 'fang-guan-fu', anchor: '“放管服”', inferred: true } },
    expect: ({ text, glossaryRefs }) => {
      expect(text).toBe('推进“放管服”改革，深化“放管服”成果。');
      expect(glossaryRefs).toEqual([{ key: 'fang-guan-fu', n: undefined, term: '“放管服”' }]);
    },
  },
  'sup-sub': {
    markdown: '回迁安置 36 万 m<sup>2</sup>，PM<sub>10</sub>和 PM<sub>2.5</sub>浓度实现“双减双控”。',
    expect: ({ html, text }) => {
      expect(html).toContain('m<sup>2</sup>');
      expect(text).toBe('回迁安置 36 万 m2，PM10和 PM2.5浓度实现“双减双控”。');
    },
  },
  math: {
    markdown: '按 $r = \\frac{V_{2024}}{V_{2023}} - 1$ 计算：\n\n$$\nx^2\n$$',
    expect: ({ html, text, math }) => {
      expect(math).toBe(true);
      expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">');
      expect(text).toBe('按 r = \\frac{V_{2024}}{V_{2023}} - 1 计算：x^2');
    },
  },
  table: {
    markdown: '| 指标 | 数值 |\n| :-- | --: |\n| 地区生产总值 | 1580.62 亿元 |\n| **增长** | 2.1% |',
    expect: ({ html, text, math }) => {
      expect(html).toContain('<td class="align-right">1580.62 亿元</td>');
      expect(text).toBe('指标 数值 地区生产总值 1580.62 亿元 增长 2.1%');
      expect(math).toBe(false);
    },
  },
  escapes: {
    markdown: '标\\*的为约束性指标，R&amp;D 投入 1+3+N，US\\$5，4%\\~5%，2024\\. 年',
    expect: ({ text }) => expect(text).toBe('标*的为约束性指标，R&D 投入 1+3+N，US$5，4%~5%，2024. 年'),
  },
  'line-breaks': {
    // A hard break kept after a full stop (a page may have ended there) and a soft wrap: neither is a space.
    markdown: '经济运行稳中向好。  \n民生事业持续\n改善。',
    expect: ({ html, text }) => {
      expect(html).toContain('<br>');
      expect(text).toBe('经济运行稳中向好。民生事业持续改善。');
    },
  },
  poisoned: {
    markdown:
      '**一年来，我们守护安全。**毒前文<script>alert(1)</script>甲<img src=x onerror="alert(1)">乙<a href="javascript:alert(1)">链接文字</a>丙<style>body{display:none}</style>丁<span onclick="alert(1)">点击文字</span>推行“惠商保”<sup>[1]</sup>，毒后文。',
    glossary: GLOSSARY,
    expect: ({ html, text }) => {
      expect(html).not.toMatch(/<script|<img|<style|onclick|javascript:|alert/);
      expect(text).toBe('一年来，我们守护安全。毒前文甲乙链接文字丙丁点击文字推行“惠商保”，毒后文。');
    },
  },
  'poisoned-html-block': {
    markdown:
      '<div onclick="alert(1)">整块文字</div>\n\n<table><tr><th onclick="alert(1)">项目</th><td colspan="2">合并单元格</td></tr></table>',
    expect: ({ html, text }) => {
      expect(html).toContain('<td colspan="2">合并单元格</td>');
      expect(text).toBe('整块文字项目 合并单元格');
    },
  },
};

describe.each(Object.entries(CASES))('%s', (name, { markdown, glossary, expect: check }) => {
  const block = processBlock(markdown, glossary);

  test('html and file.data match the snapshot', async () => {
    const snapshot = [
      '--- markdown',
      markdown,
      '--- html',
      block.html.trim(),
      '--- data',
      JSON.stringify({ text: block.text, math: block.math, glossaryRefs: block.glossaryRefs }, null, 2),
      '',
    ].join('\n');
    await expect(snapshot).toMatchFileSnapshot(`./__snapshots__/blocks/${name}.txt`);
  });

  test('the facts of the case', () => check(block));

  test('render-block and the scripts’ plain text read the same parse', () => {
    const rendered = renderBlockMarkdown(markdown, glossary);
    expect(rendered.text).toBe(block.text);
    expect(rendered.math).toBe(block.math);
    // Without a glossary a marker is not linked, and still not text.
    expect(markdownToPlainText(markdown)).toBe(block.text);
  });
});

test('two bare dollars are math (ingest escapes them), escaped ones are text', () => {
  expect(processBlock('增长 2.1%，价格 $5 与 $6 之间').math).toBe(true);
  expect(processBlock('增长 2.1%，价格 \\$5 与 \\$6 之间').math).toBe(false);
});
