import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../../../ingest/__tests__/ingest-helpers.ts';
import { formatMarkdown, parseInline } from '../markdown-inline.ts';

interface Texts {
  blocks: { zh: string; en: string }[];
  glossary?: { term: string; definition: string }[];
}

function texts(path: string): string[] {
  const file = JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Texts;
  return [
    ...file.blocks.flatMap((block) => [block.zh, block.en]),
    ...(file.glossary ?? []).flatMap((entry) => [entry.term, entry.definition]),
  ];
}

describe('a block as inline tokens', () => {
  test('bold lead, glossary marker, sup and sub are tokens of their own', () => {
    expect(parseInline('**一年来，我们迎难而上。**建成“惠商保”<sup>[1]</sup>，面积 36 万 m<sup>2</sup>，CO<sub>2</sub>')).toEqual([
      { kind: 'paired', format: 'bold', children: [{ kind: 'text', text: '一年来，我们迎难而上。' }] },
      { kind: 'text', text: '建成“惠商保”' },
      { kind: 'glossary', n: 1 },
      { kind: 'text', text: '，面积 36 万 m' },
      { kind: 'paired', format: 'sup', children: [{ kind: 'text', text: '2' }] },
      { kind: 'text', text: '，CO' },
      { kind: 'paired', format: 'sub', children: [{ kind: 'text', text: '2' }] },
    ]);
  });

  test('other syntax is kept verbatim as codes, and newlines as breaks', () => {
    expect(parseInline('see [note](#g-x) and $x^2$\n<span onclick="x">y</span>')).toEqual([
      { kind: 'text', text: 'see ' },
      { kind: 'code', markup: '[' },
      { kind: 'text', text: 'note' },
      { kind: 'code', markup: '](#g-x)' },
      { kind: 'text', text: ' and ' },
      { kind: 'code', markup: '$x^2$' },
      { kind: 'break' },
      { kind: 'code', markup: '<span onclick="x">' },
      { kind: 'text', text: 'y' },
      { kind: 'code', markup: '</span>' },
    ]);
  });

  test('every text of the real report and of the fixtures (the poisoned one too) gives back its Markdown exactly', () => {
    const all = [
      ...texts('content/reports/taiyuan-xiaodian/2024/en.json'),
      ...texts('e2e/fixtures/translations/jinyang-fenhe-2025.en.json'),
      ...texts('e2e/fixtures/hand-edited/jinyang-hexi-2025/en.json'),
    ];
    expect(all.length).toBeGreaterThan(150);
    for (const markdown of all) expect(formatMarkdown(parseInline(markdown))).toBe(markdown);
  });
});
