/**
 * Build time of the real site (content/): median of several builds with the PDF
 * editions and several without (BAOGAO_PDF=0), alternated so that anything else
 * running on the machine slows both kinds alike.
 */
import { rmSync } from 'node:fs';
import { buildSite } from '../build-site.ts';
import { directoryBytes } from './dir-size.ts';
import type { Log } from './log.ts';
import { median } from './stats.ts';
import type { WorkDir } from './work-dir.ts';

export interface BuildTimes {
  runs: number;
  withPdfMs: number[];
  withoutPdfMs: number[];
  medianWithPdfMs: number;
  medianWithoutPdfMs: number;
  /** The built site on disk, with PDFs and without. */
  siteBytes: { withPdf: number; withoutPdf: number; files: number };
  /** The last build with PDFs: the site the browser benchmarks are run on. */
  siteDir: string;
}

export function measureBuildTimes(work: WorkDir, runs: number, log: Log): BuildTimes {
  const withPdfMs: number[] = [];
  const withoutPdfMs: number[] = [];
  let siteDir = '';
  let withoutPdfBytes = 0;
  for (let run = 1; run <= runs; run++) {
    const withPdfDir = work.path(`site-${run}`);
    log(`building the real site with PDFs (${run}/${runs})`);
    withPdfMs.push(buildSite({ outDir: withPdfDir, pdf: true }).durationMs);
    // Keep only the newest full build: each one holds a few MB of PDFs.
    if (siteDir) rmSync(siteDir, { recursive: true, force: true });
    siteDir = withPdfDir;

    const withoutPdfDir = work.path(`site-no-pdf-${run}`);
    log(`building the real site without PDFs (${run}/${runs})`);
    withoutPdfMs.push(buildSite({ outDir: withoutPdfDir, pdf: false }).durationMs);
    withoutPdfBytes = directoryBytes(withoutPdfDir).bytes;
    rmSync(withoutPdfDir, { recursive: true, force: true });
  }
  const withPdf = directoryBytes(siteDir);
  return {
    runs,
    withPdfMs,
    withoutPdfMs,
    medianWithPdfMs: median(withPdfMs),
    medianWithoutPdfMs: median(withoutPdfMs),
    siteBytes: { withPdf: withPdf.bytes, withoutPdf: withoutPdfBytes, files: withPdf.files },
    siteDir,
  };
}
