/**
 * The translation memory measured (npm run bench): on a next year's report made
 * from the real 2024 one (scripts/lib/translate/testing/next-year-report.ts:
 * new figures, reworded, replaced and dropped sentences, new paragraphs), the
 * share of the Chinese characters and of the English words the memory
 * pre-fills; and the time `translate -- skeleton` takes for a report of 30,000
 * Chinese characters (the same made three times over with different changes,
 * cut at 30,000), in process and as the command, as medians.
 *
 * The English share is estimated: the words the drafts hold, against those
 * plus the words the undrafted Chinese would take at the 2024 report's own
 * ratio of English words to Chinese characters.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readReport } from '../../../src/content/report-files-fs.ts';
import { visibleText } from '../translate/memory/inline-markup.ts';
import { draftFromMemory } from '../translate/memory/skeleton-memory.ts';
import { buildSkeleton } from '../translate/skeleton.ts';
import { memoryContent, NEXT_YEAR as NEXT, REAL_YEAR as REAL } from '../translate/testing/memory-content.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

export interface MemoryMeasure {
  /** Chinese characters (no spaces) of the new report. */
  chineseChars: number;
  blocks: number;
  drafted: number;
  partial: number;
  averageMatch: number;
  /** Share of the Chinese characters drafted, 0–1. */
  chineseShare: number;
  /** English words the drafts hold. */
  draftedWords: number;
  /** Estimated share of the report's English words the drafts hold, 0–1. */
  englishShare: number;
}

export interface MemoryBench {
  /** The next year's report (one variant, about the size of the 2024 one). */
  reuse: MemoryMeasure;
  /** The 30,000-character report. */
  large: MemoryMeasure;
  /** Median seconds of the skeleton with the memory in process (reading content/ included), and as the command. */
  skeletonSeconds: number;
  commandSeconds: number;
}

/** Draft the next year's report in memory (nothing written) and measure what the memory pre-fills. */
export function measureReuse(content: string): MemoryMeasure {
  const report = readReport(content, NEXT);
  const { file } = buildSkeleton(report, 'en');
  const { fill } = draftFromMemory(file, report, content, 85, '2025-01-10');
  const real = readReport(content, REAL).translation?.file.blocks ?? [];
  const wordsPerChar = count(real.map((block) => words(block.en))) / count(real.map((block) => chars(block.zh)));
  const undrafted = fill.chineseChars.open - fill.chineseChars.drafted;
  return {
    chineseChars: fill.chineseChars.open,
    blocks: report.blocks.length,
    drafted: fill.drafted.length,
    partial: fill.partial.length,
    averageMatch: fill.averageMatch,
    chineseShare: fill.chineseChars.drafted / fill.chineseChars.open,
    draftedWords: fill.englishWords,
    englishShare: fill.englishWords / (fill.englishWords + undrafted * wordsPerChar),
  };
}

function chars(markdown: string): number {
  return visibleText(markdown).replace(/\s+/g, '').length;
}

function words(markdown: string): number {
  return visibleText(markdown)
    .split(/\s+/)
    .filter((word) => /[A-Za-z0-9]/.test(word)).length;
}

function count(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function measureTranslationMemory(workDir: string, runs = 5): MemoryBench {
  const reuse = measureReuse(memoryContent(workDir, 1));
  const largeContent = memoryContent(workDir, 3, 30_000);
  const large = measureReuse(largeContent);
  const inProcess: number[] = [];
  const command: number[] = [];
  for (let run = 0; run < runs; run++) {
    let start = performance.now();
    measureReuse(largeContent);
    inProcess.push((performance.now() - start) / 1000);
    start = performance.now();
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/translate.ts'), 'skeleton', NEXT, '--content', largeContent], {
      encoding: 'utf8',
    });
    command.push((performance.now() - start) / 1000);
    if (result.status !== 0) throw new Error(`translate skeleton failed: ${result.stderr}`);
    // The next run drafts afresh.
    rmSync(join(largeContent, 'reports', NEXT, 'en.json'));
  }
  return { reuse, large, skeletonSeconds: median(inProcess), commandSeconds: median(command) };
}

/** The figures as a table for the bench's output. */
export function formatTranslationMemory(bench: MemoryBench): string {
  const row = (name: string, measure: MemoryMeasure) =>
    `${name}: ${String(measure.chineseChars)} Chinese characters, ${String(measure.blocks)} blocks; drafted ${String(measure.drafted)} (${String(measure.partial)} in part), ` +
    `average match ${String(measure.averageMatch)}%; pre-filled ${percent(measure.chineseShare)} of the Chinese characters, ` +
    `${percent(measure.englishShare)} of the English words (${String(measure.draftedWords)} words, estimated share)`;
  return [
    'Translation memory (from the 2024 report)',
    row('  next year, reworded', bench.reuse),
    row('  30,000 characters', bench.large),
    `  skeleton of the 30,000-character report: ${bench.skeletonSeconds.toFixed(2)} s in process, ${bench.commandSeconds.toFixed(2)} s as the command (medians)`,
  ].join('\n');
}

function percent(share: number): string {
  return `${(100 * share).toFixed(1)}%`;
}
