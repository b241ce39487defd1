/**
 * The translation memory measured (npm run bench): on a next year's report made
 * from the real 2024 one (scripts/lib/translate/testing/next-year-report.ts:
 * new figures, reworded, replaced and dropped sentences, new paragraphs), the
 * share of the Chinese characters and of the English words the memory
 * pre-fills; and the time `translate -- skeleton` takes for a report of 30,000
 * characters (the same made three times over with different changes, cut at
 * 30,000), as the command in a fresh process each run, as medians.
 *
 * The same is measured on a heavily changed next year (next-year-report.ts's
 * CHANGE_RATES.heavy), since how much a real report reuses varies.
 *
 * The English share is estimated: the words the drafts hold, against those
 * plus the words the undrafted Chinese would take at the 2024 report's own
 * ratio of English words to Chinese characters.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readReport } from '../../../src/content/report-files-fs.ts';
import { visibleText } from '../translate/memory/inline-markup.ts';
import { draftFromMemory } from '../translate/memory/skeleton-memory.ts';
import { buildSkeleton } from '../translate/skeleton.ts';
import { memoryContent, NEXT_YEAR as NEXT, REAL_YEAR as REAL } from '../translate/testing/memory-content.ts';
import { CHANGE_RATES } from '../translate/testing/next-year-report.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const GNU_TIME = '/usr/bin/time';

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
  /** The next year's report (one variant, about the size of the 2024 one), lightly changed. */
  reuse: MemoryMeasure;
  /** The same, heavily changed (about half the sentences reusable). */
  heavy: MemoryMeasure;
  /** The 30,000-character report. */
  large: MemoryMeasure;
  /** Median seconds of `translate -- skeleton` on the 30,000-character report, Node start-up included. */
  commandSeconds: number;
  /** Its median CPU seconds (user + system), when GNU time is there: on a shared machine, what it costs. */
  commandCpuSeconds?: number;
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
  const heavy = measureReuse(memoryContent(workDir, 1, Infinity, CHANGE_RATES.heavy));
  const largeContent = memoryContent(workDir, 3, 30_000);
  const large = measureReuse(largeContent);
  const wall: number[] = [];
  const cpu: number[] = [];
  // GNU time gives the child's CPU seconds; without it, only the wall clock is reported.
  const timer = existsSync(GNU_TIME) ? [GNU_TIME, '-f', 'cpu %U %S'] : [];
  for (let run = 0; run < runs; run++) {
    // Each run drafts afresh, in a new process: nothing cached.
    rmSync(join(largeContent, 'reports', NEXT, 'en.json'), { force: true });
    const start = performance.now();
    const skeleton = [join(ROOT, 'scripts/translate.ts'), 'skeleton', NEXT, '--content', largeContent];
    const result =
      timer.length > 0
        ? spawnSync(GNU_TIME, [...timer.slice(1), process.execPath, ...skeleton], { encoding: 'utf8' })
        : spawnSync(process.execPath, skeleton, { encoding: 'utf8' });
    wall.push((performance.now() - start) / 1000);
    if (result.status !== 0) throw new Error(`translate skeleton failed: ${result.stderr}`);
    const times = /cpu (\d+\.\d+) (\d+\.\d+)/.exec(result.stderr);
    if (times) cpu.push(Number(times[1]) + Number(times[2]));
  }
  return { reuse, heavy, large, commandSeconds: median(wall), ...(cpu.length > 0 ? { commandCpuSeconds: median(cpu) } : {}) };
}

/** The figures as a table for the bench's output. */
export function formatTranslationMemory(bench: MemoryBench): string {
  const row = (name: string, measure: MemoryMeasure) =>
    `${name}: ${String(measure.chineseChars)} Chinese characters, ${String(measure.blocks)} blocks; drafted ${String(measure.drafted)} (${String(measure.partial)} in part), ` +
    `average match ${String(measure.averageMatch)}%; pre-filled ${percent(measure.chineseShare)} of the Chinese characters, ` +
    `${percent(measure.englishShare)} of the English words (${String(measure.draftedWords)} words, estimated share)`;
  return [
    'Translation memory (from the 2024 report)',
    row('  next year, lightly changed', bench.reuse),
    row('  next year, heavily changed', bench.heavy),
    row('  30,000 characters', bench.large),
    `  translate -- skeleton of the 30,000-character report: ${bench.commandSeconds.toFixed(2)} s` +
      `${bench.commandCpuSeconds === undefined ? '' : ` (${bench.commandCpuSeconds.toFixed(2)} s CPU)`}, Node start-up included (medians)`,
  ].join('\n');
}

function percent(share: number): string {
  return `${(100 * share).toFixed(1)}%`;
}
