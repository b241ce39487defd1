/**
 * Build time of the real site (content/): median of several builds with the PDF
 * editions and several without (BAOGAO_PDF=0), and of a bare Astro build of the same
 * text (bare-astro.ts), alternated so that anything else running on the machine slows
 * every kind alike. Each build with PDFs starts from an empty PDF cache (the cold cost,
 * every PDF printed); one more rebuild of unchanged content then takes its PDFs and
 * preview images from the cache, as a maintainer's second build does.
 */
import { rmSync } from 'node:fs';
import { buildSite } from '../build-site.ts';
import { buildBareAstro, writeBareAstroProject } from './bare-astro.ts';
import { directoryBytes } from './dir-size.ts';
import type { Log } from './log.ts';
import { median } from './stats.ts';
import type { WorkDir } from './work-dir.ts';

export interface BuildTimes {
  runs: number;
  withPdfMs: number[];
  withoutPdfMs: number[];
  bareAstroMs: number[];
  medianWithPdfMs: number;
  medianWithoutPdfMs: number;
  medianBareAstroMs: number;
  /** The last site with PDFs rebuilt, content unchanged: every PDF and preview image from the cache. */
  rebuildWithPdfMs: number;
  /** The built site on disk, with PDFs and without. */
  siteBytes: { withPdf: number; withoutPdf: number; files: number };
  /** The last build with PDFs: the site the browser benchmarks are run on. */
  siteDir: string;
}

export function measureBuildTimes(work: WorkDir, runs: number, log: Log): BuildTimes {
  const withPdfMs: number[] = [];
  const withoutPdfMs: number[] = [];
  const bareAstroMs: number[] = [];
  const bareDir = writeBareAstroProject(work.path('bare-astro'));
  let siteDir = '';
  let cacheDir = '';
  let withoutPdfBytes = 0;
  for (let run = 1; run <= runs; run++) {
    const withPdfDir = work.path(`site-${run}`);
    log(`building the real site with PDFs, cold cache (${run}/${runs})`);
    if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
    cacheDir = work.path(`cache-${run}`);
    withPdfMs.push(buildSite({ outDir: withPdfDir, pdf: true, cacheDir }).durationMs);
    // Keep only the newest full build: each one holds a few MB of PDFs.
    if (siteDir) rmSync(siteDir, { recursive: true, force: true });
    siteDir = withPdfDir;

    const withoutPdfDir = work.path(`site-no-pdf-${run}`);
    log(`building the real site without PDFs (${run}/${runs})`);
    withoutPdfMs.push(buildSite({ outDir: withoutPdfDir, pdf: false, cacheDir: work.path(`cache-no-pdf-${run}`) }).durationMs);
    withoutPdfBytes = directoryBytes(withoutPdfDir).bytes;
    rmSync(withoutPdfDir, { recursive: true, force: true });

    log(`building the same text with bare Astro (${run}/${runs})`);
    bareAstroMs.push(buildBareAstro(bareDir).durationMs);
  }
  log('rebuilding the last site with PDFs, content unchanged (warm cache)');
  const rebuildWithPdfMs = buildSite({ outDir: siteDir, pdf: true, cacheDir }).durationMs;
  const withPdf = directoryBytes(siteDir);
  return {
    runs,
    withPdfMs,
    withoutPdfMs,
    bareAstroMs,
    medianWithPdfMs: median(withPdfMs),
    medianWithoutPdfMs: median(withoutPdfMs),
    medianBareAstroMs: median(bareAstroMs),
    rebuildWithPdfMs,
    siteBytes: { withPdf: withPdf.bytes, withoutPdf: withoutPdfBytes, files: withPdf.files },
    siteDir,
  };
}
