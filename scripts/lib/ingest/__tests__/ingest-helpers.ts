/** Run the real ingest command in a child process, as a maintainer would. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { IngestResult } from '../ingest-source.ts';

export const ROOT = resolve(import.meta.dirname, '../../../..');
export const FIXTURES = resolve(import.meta.dirname, 'fixtures');
export const REAL_SOURCE = join(ROOT, 'content/sources/taiyuan-xiaodian-2024.zh.md');

export function runIngest(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/ingest.ts'), ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'baogao-ingest-'));
}

/** Every file under `dir` with its bytes, by relative path: a snapshot to compare. */
export function snapshotDir(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path).toString('base64'));
    }
  };
  walk(dir);
  return files;
}

/** A file ingest wrote (zh.mdx, report.json …), by the end of its path. */
export function writtenFile(result: IngestResult, suffix: string): string {
  const entry = [...result.files].find(([path]) => path.endsWith(suffix));
  if (!entry) throw new Error(`no ${suffix} written`);
  return String(entry[1]);
}

/**
 * Text with the spaces next to Chinese characters and table pipes taken out, for comparing a PDF's reading with
 * the text it was printed from: where a line wraps at such a space, or a word processor sets a gap between
 * Chinese and digits, the page keeps no trace of what was typed.
 */
export function withoutSpacesAroundHan(text: string): string {
  return text.replace(/\s*([\u2014\u2018-\u201d\u3000-\u303f\u3400-\u9fff\uff00-\uffef|])\s*/g, '$1');
}
