import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readReport } from '../../../../../src/content/report-files-fs.ts';
import type { TranslatedBlock } from '../../../../../src/schemas/translation-file.ts';
import { writeFixtureReport } from '../../testing/memory-content.ts';

const ROOT = join(import.meta.dirname, '../../../../..');

function translate(args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/translate.ts'), ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Last year's report, translated and reviewed (invented text). */
const LAST_YEAR = [
  { id: 'p1', zh: '各位代表：', en: 'Fellow Deputies,' },
  {
    id: 'p2',
    zh: '**一年来，我们稳中求进。**全区地区生产总值完成 1580.62 亿元，增长 2.1%。新建高标准农田 1.15 万亩。上榜全国百强区第 61 位。',
    en: "**Over the past year, we made progress while maintaining stability.** The district's GDP reached 158.062 billion yuan, up 2.1 percent. We built 11,500 mu of high-standard farmland. The district ranked 61st among China's top 100 districts.",
  },
  {
    id: 'p3',
    zh: '坚持教育优先发展，新建中小学 3 所。',
    en: 'We gave priority to education and built 3 new primary and secondary schools.',
  },
  {
    id: 'p4',
    zh: '深入实施创新驱动发展战略，科技创新能力持续增强，新认定高新技术企业 473 家。',
    en: 'We fully implemented the innovation-driven development strategy, and our capacity for scientific and technological innovation kept growing. A further 473 enterprises were certified as high-tech enterprises.',
  },
  {
    id: 'p5',
    zh: '城乡居民人均可支配收入分别增长 4.7%和 8.1%。',
    en: 'Per capita disposable income of urban and rural residents grew by 4.7 percent and 8.1 percent respectively.',
  },
];

/** This year's report: the same wording with new figures, a rewording, a new sentence and a new paragraph. */
const THIS_YEAR = [
  { id: 'p1', zh: '各位代表：' },
  {
    id: 'p2',
    zh: '**一年来，我们稳中求进。**全区地区生产总值完成 1650.3 亿元，增长 2.5%。新建高标准农田 1.2 万亩。上榜全国百强区第 58 位。',
  },
  { id: 'p3', zh: '坚持教育优先发展，新建中小学 4 所。改造小区 1.2 万户。' },
  { id: 'p4', zh: '深入实施创新驱动发展战略，科技创新能力不断增强，新认定高新技术企业 501 家。' },
  { id: 'p5', zh: '城乡居民人均可支配收入分别增长 4.7%和 8.1%。' },
  { id: 'p6', zh: '全年接待游客 1200 万人次。' },
];

/** A content folder with last year's reviewed translation, this year's Chinese and a draft elsewhere that must not seed the memory. */
function memoryContent(): string {
  const content = mkdtempSync(join(tmpdir(), 'baogao-memory-'));
  writeFileSync(join(content, 'termbase.json'), '[]');
  writeFixtureReport(
    content,
    'demo-east/2023',
    LAST_YEAR,
    LAST_YEAR.map(({ id, en }) => ({ id, en, state: 'reviewed' as const })),
  );
  writeFixtureReport(content, 'demo-east/2024', THIS_YEAR);
  // A draft the memory made elsewhere: drafts never seed drafts.
  const draft = { id: 'p1', zh: '全年接待游客 1200 万人次。' };
  writeFixtureReport(
    content,
    'demo-west/2024',
    [draft],
    [{ id: 'p1', en: 'The district received 12 million tourist visits.', state: 'initial', memory: { match: 90, sources: ['x/2020#p1'] } }],
  );
  return content;
}

function blocksOf(content: string, id = 'demo-east/2024'): Map<string, TranslatedBlock> {
  return new Map(readReport(content, id).translation?.file.blocks.map((block) => [block.id, block]));
}

describe('skeleton drafts a new report from the translations of earlier years', () => {
  const content = memoryContent();
  const result = translate(['skeleton', 'demo-east/2024', '--content', content]);
  const blocks = blocksOf(content);

  test('the command succeeds and says what it drafted', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/demo-east\/2024: drafted 5 blocks from the translation memory \(1 in part/);
  });

  test('an identical sentence is reused as it stands, marked as an exact draft with its source', () => {
    expect(blocks.get('p1')).toMatchObject({
      en: 'Fellow Deputies,',
      state: 'initial',
      memory: { match: 100, sources: ['demo-east/2023#p1'] },
    });
    expect(blocks.get('p5')?.en).toBe(LAST_YEAR[4]?.en);
    expect(blocks.get('p1')?.revised).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('figures come from the new Chinese, in English style, never from the matched English', () => {
    expect(blocks.get('p2')?.en).toBe(
      "**Over the past year, we made progress while maintaining stability.** The district's GDP reached 165.03 billion yuan, up 2.5 percent. We built 12,000 mu of high-standard farmland. The district ranked 58th among China's top 100 districts.",
    );
    expect(blocks.get('p2')?.memory).toEqual({ match: 100, sources: ['demo-east/2023#p2'] });
    const check = translate(['check', 'demo-east/2024', '--content', content]);
    expect(check.stdout).toContain('translation check: no errors');
  });

  test('a fuzzy match above the threshold is drafted with its match', () => {
    expect(blocks.get('p4')?.en).toBe(
      'We fully implemented the innovation-driven development strategy, and our capacity for scientific and technological innovation kept growing. A further 501 enterprises were certified as high-tech enterprises.',
    );
    expect(blocks.get('p4')?.memory).toEqual({ match: 94, sources: ['demo-east/2023#p4'] });
  });

  test('a sentence with no match stays in Chinese, marked; the check warns about it and reads figures of the drafted part only', () => {
    expect(blocks.get('p3')?.en).toBe(
      'We gave priority to education and built 4 new primary and secondary schools. ⟦not yet translated: 改造小区 1.2 万户。⟧',
    );
    const check = translate(['check', 'demo-east/2024', '--content', content]);
    expect(check.stderr).toMatch(/en\.json:\d+: warning: p3: the draft leaves 1 sentence\(s\) in Chinese/);
    expect(check.stdout).toContain('translation check: no errors');
  });

  test('a paragraph with nothing to reuse stays pending; a memory draft elsewhere does not seed it', () => {
    expect(blocks.get('p6')).toEqual({ id: 'p6', zh: '全年接待游客 1200 万人次。', en: '', state: 'initial' });
  });

  test('status counts reviewed, translated, drafted (with the average match) and pending blocks', () => {
    const status = translate(['status', '--content', content]);
    expect(status.stdout).toContain(
      'demo-east/2024: 5/6 blocks with English (83%): 0 reviewed, 0 translated, 5 drafted from memory (average match 98%), 1 pending: p6; 0 stale; glossary 0/0',
    );
    expect(status.stdout).toContain(
      'demo-east/2023: 5/5 blocks with English (100%): 5 reviewed, 0 translated, 0 drafted from memory, 0 pending; 0 stale',
    );
  });
});

describe('what the memory never does', () => {
  test('a fuzzy match below --min-match is not drafted', () => {
    const content = memoryContent();
    expect(translate(['skeleton', 'demo-east/2024', '--content', content, '--min-match', '95']).status).toBe(0);
    expect(blocksOf(content).get('p4')?.en).toBe('');
    expect(blocksOf(content).get('p2')?.memory?.match).toBe(100);
  });

  test('existing English is never overwritten, whoever wrote it, and a draft is not redrafted', () => {
    const content = memoryContent();
    writeFixtureReport(content, 'demo-east/2024', THIS_YEAR, [
      { id: 'p1', en: 'Dear Deputies,', state: 'translated' },
      { id: 'p2', en: 'A hand-written draft.', state: 'initial' },
    ]);
    expect(translate(['skeleton', 'demo-east/2024', '--content', content]).status).toBe(0);
    const first = blocksOf(content);
    expect(first.get('p1')).toEqual({ id: 'p1', zh: '各位代表：', en: 'Dear Deputies,', state: 'translated' });
    expect(first.get('p2')?.en).toBe('A hand-written draft.');
    expect(first.get('p2')?.memory).toBeUndefined();
    expect(translate(['skeleton', 'demo-east/2024', '--content', content]).status).toBe(0);
    expect(blocksOf(content)).toEqual(first);
    const status = translate(['status', '--content', content]).stdout;
    expect(status).toContain(
      'demo-east/2024: 5/6 blocks with English (83%): 0 reviewed, 2 translated, 3 drafted from memory (average match 98%), 1 pending: p6',
    );
  });

  test('a report with nothing to reuse stays pending', () => {
    const content = mkdtempSync(join(tmpdir(), 'baogao-memory-'));
    writeFixtureReport(content, 'demo-east/2024', THIS_YEAR);
    const result = translate(['skeleton', 'demo-east/2024', '--content', content]);
    expect(result.stdout).toContain('the translation memory had nothing at or above 85%');
    expect([...blocksOf(content).values()].every((block) => block.en === '' && block.memory === undefined)).toBe(true);
  });

  test('a draft that breaks the term base is kept and reported', () => {
    const content = memoryContent();
    writeFileSync(
      join(content, 'termbase.json'),
      JSON.stringify([{ zh: ['高标准农田'], en: 'well-facilitated farmland', source: 'test', strength: '—' }]),
    );
    const result = translate(['skeleton', 'demo-east/2024', '--content', content]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(
      /en\.json:\d+: warning: p2: memory draft: the Chinese has 高标准农田, so the English must contain "well-facilitated farmland"/,
    );
    expect(blocksOf(content).get('p2')?.memory?.match).toBe(100);
  });

  test('--min-match must be a whole per cent from 1 to 100', () => {
    const content = memoryContent();
    const result = translate(['skeleton', 'demo-east/2024', '--content', content, '--min-match', '0.9']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--min-match: expected a whole number of per cent from 1 to 100, got "0.9"');
    expect(readReport(content, 'demo-east/2024').translation).toBeUndefined();
  });
});
