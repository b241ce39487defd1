/**
 * The yardstick for the site's build time: a bare Astro project (no integrations,
 * Astro's default Markdown engine, no layout) that builds the same text as the
 * one-report edition: the real report's Chinese as one Markdown page and its
 * English as another. Written into the benchmark's work folder, inside the project,
 * so that it resolves the project's own astro package.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readReport } from '../../../src/content/report-files-fs.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const REPORT = 'taiyuan-xiaodian/2024';

/** Writes the bare project into `dir` and returns `dir`. */
export function writeBareAstroProject(dir: string): string {
  const source = readReport(join(ROOT, 'content'), REPORT);
  // The block id comments ({/* #p12 */}) are MDX; the text around them is Markdown.
  const zh = readFileSync(join(source.dir, 'zh.mdx'), 'utf8').replace(/^\{\/\*.*\*\/\}\n/gm, '');
  const en = (source.translation?.file.blocks ?? []).map((block) => block.en).join('\n\n');
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  writeFileSync(join(dir, 'src/pages/index.md'), `---\ntitle: ${source.report.title}\n---\n\n${zh}`);
  writeFileSync(join(dir, 'src/pages/en.md'), `---\ntitle: Report on the Work of the Government\n---\n\n${en}\n`);
  return dir;
}

/** Builds the bare project in `dir`; returns the wall time. */
export function buildBareAstro(dir: string): { durationMs: number } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const durationMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`bare astro build failed (${dir}):\n${result.stdout}\n${result.stderr}`);
  return { durationMs };
}
