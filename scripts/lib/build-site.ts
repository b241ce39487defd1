/**
 * Build the site with the real Astro CLI into a chosen folder, optionally from
 * another content folder (fixture collections) or under a sub-path base. Used
 * by the browser tests and the benchmarks.
 *
 * With BAOGAO_BUILD_LOG set to a file, every build appends one line to it
 * (folder and seconds): the browser tests count their builds that way.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface BuildOptions {
  outDir: string;
  contentDir?: string;
  base?: string;
  /** Make the PDF editions (default true); tests that need no PDFs build faster without. */
  pdf?: boolean;
}

const ROOT = resolve(import.meta.dirname, '../..');

export function buildSite({ outDir, contentDir, base, pdf = true }: BuildOptions): { durationMs: number } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [resolve(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(contentDir ? { BAOGAO_CONTENT_DIR: contentDir } : {}),
      ...(base ? { BAOGAO_BASE: base } : {}),
      ...(pdf ? {} : { BAOGAO_PDF: '0' }),
    },
  });
  const durationMs = performance.now() - started;
  const log = process.env['BAOGAO_BUILD_LOG'];
  if (log) appendFileSync(log, `${outDir}\t${(durationMs / 1000).toFixed(1)} s\n`);
  if (result.status !== 0) throw new Error(`astro build failed (${outDir}):\n${result.stdout}\n${result.stderr}`);
  return { durationMs };
}
