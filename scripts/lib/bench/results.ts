/** Everything `npm run bench` measured, as written to bench-results/latest.json. */
import type { IngestTimeFigures } from './ingest-times.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { BuildTimes } from './build-times.ts';
import type { IndexSize } from './index-size.ts';
import type { LighthouseFigures } from './lighthouse-run.ts';
import type { OtherLanguageFigures } from './other-language.ts';
import type { PdfEditionFigures } from './pdf-editions.ts';
import type { ReportPageFigures } from './report-pages.ts';
import type { ScalingFigures } from './scaling.ts';
import type { SearchLatencyFigures } from './search-latency.ts';
import type { FirstQueryFigures } from './search-transfer.ts';
import type { MemoryBench } from './translation-memory.ts';

export const RESULTS_DIR = resolve(import.meta.dirname, '../../../bench-results');
export const RESULTS_FILE = resolve(RESULTS_DIR, 'latest.json');
/** Lighthouse's own JSON and HTML report of every run, and (for `npm run lighthouse`) a summary.json. */
export const LIGHTHOUSE_DIR = resolve(RESULTS_DIR, 'lighthouse');

export interface BenchResults {
  startedAt: string;
  machine: { cpus: number; node: string; chromium: string };
  ingest: IngestTimeFigures[];
  /** What the translation memory pre-fills, and the skeleton's time (translation-memory.ts). */
  translationMemory: MemoryBench;
  builds: Omit<BuildTimes, 'siteDir'>;
  pdfEditions: PdfEditionFigures;
  index: IndexSize;
  firstQuery: { zh: FirstQueryFigures; en: FirstQueryFigures };
  searchLatency: SearchLatencyFigures;
  reportPages: ReportPageFigures[];
  otherLanguage: OtherLanguageFigures[];
  scaling?: ScalingFigures;
  lighthouse?: LighthouseFigures;
  durationMs: number;
}

export function writeResults(results: BenchResults, file = RESULTS_FILE): string {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
