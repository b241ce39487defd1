/**
 * Prunes the policy of a list of built pages (own-hashes.ts), rewriting each page whose policy changed; returns
 * how many were rewritten. A page that cannot be rewritten throws, naming it. Run in worker threads by index.ts
 * (prune-worker.ts), or directly.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pruneCspHashes } from './own-hashes.ts';

export async function prunePages(root: string, pages: readonly string[]): Promise<number> {
  let rewritten = 0;
  for (const page of pages) {
    const file = join(root, page);
    const html = await readFile(file, 'utf8');
    const pruned = await pruneCspHashes(html, page);
    if (pruned === html) continue;
    await writeFile(file, pruned);
    rewritten++;
  }
  return rewritten;
}
