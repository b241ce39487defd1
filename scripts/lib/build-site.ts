/**
 * Build the site with the real Astro CLI into a chosen folder, optionally from
 * another content folder (fixture collections) or under a sub-path base. Used
 * by the browser tests and the benchmarks.
 *
 * With BAOGAO_BUILD_LOG set to a file, every build appends one line to it
 * (folder and seconds): the browser tests count their builds that way.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface BuildOptions {
  outDir: string;
  contentDir?: string;
  base?: string;
  /** Make the PDF editions (default true); tests that need no PDFs build faster without. */
  pdf?: boolean;
  /** The PDF and preview-image cache (BAOGAO_CACHE_DIR); benchmarks give an empty folder to time a cold build. */
  cacheDir?: string;
  /** Reports per search-index shard (BAOGAO_SEARCH_SHARD_REPORTS, src/search/search-shards.ts); tests give a small one. */
  searchShardReports?: number;
}

export interface BuildResult {
  durationMs: number;
  /** Peak resident memory of the build's whole process tree (process-tree-peak.ts; Linux only). */
  peakMemoryBytes?: number;
  /** What each program of the tree held at that peak (the Node build, pagefind_extend, chromium …), in bytes. */
  peakByProgram?: Record<string, number>;
}

const TREE_PEAK = resolve(import.meta.dirname, 'process-tree-peak.ts');

const ROOT = resolve(import.meta.dirname, '../..');

export function buildSite({ outDir, contentDir, base, pdf = true, cacheDir, searchShardReports }: BuildOptions): BuildResult {
  const memoryDir = mkdtempSync(join(tmpdir(), 'baogao-build-memory-'));
  const memoryFile = join(memoryDir, 'peak');
  const astro = [process.execPath, resolve(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir];
  const started = performance.now();
  const result = spawnSync(process.execPath, [TREE_PEAK, memoryFile, ...astro], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(contentDir ? { BAOGAO_CONTENT_DIR: contentDir } : {}),
      ...(base ? { BAOGAO_BASE: base } : {}),
      ...(pdf ? {} : { BAOGAO_PDF: '0' }),
      ...(cacheDir ? { BAOGAO_CACHE_DIR: cacheDir } : {}),
      ...(searchShardReports ? { BAOGAO_SEARCH_SHARD_REPORTS: String(searchShardReports) } : {}),
    },
    maxBuffer: 256 * 1024 * 1024,
  });
  const durationMs = performance.now() - started;
  const [peakLine = '', ...programLines] = existsSync(memoryFile) ? readFileSync(memoryFile, 'utf8').trim().split('\n') : [];
  const peakBytes = Number(peakLine);
  const peakByProgram = Object.fromEntries(
    programLines.map((line) => line.split('\t')).map(([name = '', bytes = '']) => [name === 'MainThread' ? 'node' : name, Number(bytes)]),
  );
  rmSync(memoryDir, { recursive: true, force: true });
  const log = process.env['BAOGAO_BUILD_LOG'];
  if (log) appendFileSync(log, `${outDir}\t${(durationMs / 1000).toFixed(1)} s\n`);
  if (result.status !== 0) throw new Error(`astro build failed (${outDir}):\n${result.stdout}\n${result.stderr}`);
  return { durationMs, ...(Number.isFinite(peakBytes) && peakBytes > 0 ? { peakMemoryBytes: peakBytes, peakByProgram } : {}) };
}
