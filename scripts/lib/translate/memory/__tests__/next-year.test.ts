import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readReport } from '../../../../../src/content/report-files-fs.ts';
import { compareFigures } from '../../../../../src/lib/figures.ts';
import { buildSkeleton } from '../../skeleton.ts';
import { memoryContent, NEXT_YEAR, REAL_YEAR } from '../../testing/memory-content.ts';
import { CHANGE_RATES } from '../../testing/next-year-report.ts';
import { draftedPart } from '../gaps.ts';
import { draftFromMemory } from '../skeleton-memory.ts';

describe.each([
  ['lightly', CHANGE_RATES.light],
  ['heavily', CHANGE_RATES.heavy],
])('a next year’s report, %s changed, drafted from the real 2024 translation', (_, rates) => {
  const content = memoryContent(mkdtempSync(join(tmpdir(), 'baogao-next-year-')), 1, Infinity, rates);
  const report = readReport(content, NEXT_YEAR);
  const { file } = buildSkeleton(report, 'en');
  const { fill } = draftFromMemory(file, report, content, 85, '2025-01-10');
  const drafts = file.blocks.filter((block) => block.memory);

  test('most of it is pre-filled, sentence by sentence, each draft citing the 2024 paragraphs it came from', () => {
    expect(fill.chineseChars.drafted / fill.chineseChars.open).toBeGreaterThan(0.5);
    expect(fill.partial.length).toBeGreaterThan(0);
    for (const block of drafts) {
      expect(block.state).toBe('initial');
      expect(block.memory?.sources.length).toBeGreaterThan(0);
      for (const source of block.memory?.sources ?? []) expect(source).toMatch(new RegExp(`^${REAL_YEAR}#[ps]\\d+$`));
    }
  });

  test('every figure of every draft is this year’s: the figure check finds nothing', () => {
    const wrong = drafts.flatMap((block) => {
      const part = draftedPart(block.zh, block.en);
      return compareFigures(part.zh, part.en).map((mismatch) => `${block.id}: ${mismatch.problem}`);
    });
    expect(wrong).toEqual([]);
    expect(fill.flagged.filter(({ message }) => /figure/i.test(message))).toEqual([]);
  });

  test('the drafts hold none of the 2024 figures that changed', () => {
    const english = drafts.map((block) => block.en).join('\n');
    for (const old of ['158.062 billion', '11,500 mu', '7,779', '61st']) expect(english).not.toContain(old);
    expect(english).toContain('167.546 billion');
  });
});
