/**
 * A temporary folder for the benchmark's builds: <project>/tmp/bench-XXXXXX/
 * (tmp/ is ignored by git, ESLint, Prettier and tsc). Never dist/ or dist-e2e/,
 * which other people and the tests use at the same time.
 *
 * Why inside the project and not in /tmp: when Astro's output folder lies
 * outside the project, Astro keeps its intermediate prerender chunks in the
 * shared <project>/.astro/.prerender/, so any two such builds running at once in
 * one checkout (a test run building into /tmp, a benchmark) delete each other's
 * chunks and fail with ERR_MODULE_NOT_FOUND. Inside the project, each build keeps
 * them in its own output folder.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const TMP = resolve(import.meta.dirname, '../../../tmp');

export interface WorkDir {
  root: string;
  /** A path inside the work dir (not created: the build creates it). */
  path(name: string): string;
  remove(): void;
}

export function createWorkDir(): WorkDir {
  mkdirSync(TMP, { recursive: true });
  const root = mkdtempSync(join(TMP, 'bench-'));
  return {
    root,
    path: (name) => join(root, name),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
