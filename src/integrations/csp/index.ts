/**
 * After the build, each page's Content Security Policy keeps only the hashes of its own inline stylesheets and
 * scripts (own-hashes.ts): about 0.9 kB gzip less in every document, and no source it allowed is lost.
 * A page is rewritten only if its policy changed; a page that cannot be rewritten fails the build, naming it.
 * A large site's pages are pruned in worker threads, one per core (prune-worker.ts says why); a small one's here.
 */
import type { AstroIntegration } from 'astro';
import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { prunePages } from './prune-pages.ts';

/**
 * Pages per worker: below this many pages the build's own thread prunes them all (a worker and its parser take
 * about 0.3 s to start, more than a few hundred pages take to prune), and above it each worker takes at least
 * this many.
 */
const PAGES_PER_WORKER = 1000;

/** Prunes `pages` in a worker thread (prune-worker.ts); resolves to how many it rewrote. */
function pruneInWorker(root: string, pages: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./prune-worker.ts', import.meta.url), { workerData: { root, pages } });
    let rewritten: number | undefined;
    worker.once('message', (count: number) => (rewritten = count));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (rewritten === undefined) reject(new Error(`CSP pruning worker exited with code ${String(code)} before it finished`));
      else resolve(rewritten);
    });
  });
}

export function cspOwnHashes(): AstroIntegration {
  return {
    name: 'baogao-csp-own-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true, encoding: 'utf8' })).filter((file) => file.endsWith('.html'));
        const workers = Math.min(availableParallelism(), Math.floor(pages.length / PAGES_PER_WORKER));
        const shares = Array.from({ length: workers }, (_, index) => pages.filter((_, page) => page % workers === index));
        const rewritten =
          workers === 0
            ? await prunePages(root, pages)
            : (await Promise.all(shares.map((share) => pruneInWorker(root, share)))).reduce((sum, count) => sum + count, 0);
        logger.info(`kept only each page's own hashes in the Content Security Policy of ${String(rewritten)} pages`);
      },
    },
  };
}
