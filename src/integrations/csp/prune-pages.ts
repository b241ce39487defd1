/**
 * Prunes the policy of a list of built pages (own-hashes.ts), rewriting each page whose policy changed; returns
 * how many were rewritten. A page that cannot be rewritten throws, naming it. Run in worker threads by index.ts
 * (prune-worker.ts), or directly.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pruneCspHashes } from './own-hashes.ts';

/** Pages read, pruned and written at once: enough that the disk's waits overlap the parsing. */
const PAGES_AT_ONCE = 8;

async function prunePage(root: string, page: string): Promise<boolean> {
  const file = join(root, page);
  const html = await readFile(file, 'utf8');
  const pruned = await pruneCspHashes(html, page);
  if (pruned === html) return false;
  await writeFile(file, pruned);
  return true;
}

export async function prunePages(root: string, pages: readonly string[]): Promise<number> {
  let rewritten = 0;
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < pages.length) {
      const page = pages[next++] as string;
      if (await prunePage(root, page)) rewritten++;
    }
  };
  await Promise.all(Array.from({ length: PAGES_AT_ONCE }, lane));
  return rewritten;
}
