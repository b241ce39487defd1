/**
 * Size of the Pagefind index on disk: dist/pagefind/ in total, and by part of
 * the index every record is in (search-records.ts; all shards together): the meta files (every
 * page's hash, loaded by the first query whatever it is), the word index
 * chunks (index/), the filters (filter/: what facet counts load) and the
 * fragments (fragment/: one per record, loaded for a result shown). What is
 * left is Pagefind's runtime (pagefind.js, the WASM, the unused UI bundles),
 * the same for any collection.
 */
import { basename, dirname, join, relative } from 'node:path';
import { filesUnder } from './dir-size.ts';

export const INDEX_PARTS = ['meta', 'index', 'filter', 'fragment'] as const;
export type IndexPart = (typeof INDEX_PARTS)[number];

export interface IndexPartSize {
  bytes: number;
  files: number;
}

export interface IndexSize {
  totalBytes: number;
  totalFiles: number;
  byPart: Record<IndexPart, IndexPartSize>;
  /** Files of no part: pagefind.js, WASM, UI bundles, pagefind-entry.json. */
  runtimeBytes: number;
}

/**
 * What part of the index a file under pagefind/ is, by Pagefind's layout (its folder, or the .pf_meta name),
 * in the first shard or in another (shard-N/, src/search/search-shards.ts).
 */
function partOf(pathInPagefind: string): IndexPart | undefined {
  if (basename(pathInPagefind).endsWith('.pf_meta')) return 'meta';
  const folder = dirname(pathInPagefind).replace(/^shard-\d+\//, '');
  return INDEX_PARTS.find((part) => part !== 'meta' && folder === part);
}

export function measureIndexSize(siteDir: string): IndexSize {
  const root = join(siteDir, 'pagefind');
  const files = filesUnder(root);
  const byPart = Object.fromEntries(INDEX_PARTS.map((part) => [part, { bytes: 0, files: 0 }])) as Record<IndexPart, IndexPartSize>;
  let runtimeBytes = 0;
  for (const file of files) {
    const part = partOf(relative(root, file.path));
    if (part) {
      byPart[part].bytes += file.bytes;
      byPart[part].files += 1;
    } else runtimeBytes += file.bytes;
  }
  return { totalBytes: files.reduce((sum, file) => sum + file.bytes, 0), totalFiles: files.length, byPart, runtimeBytes };
}

/** How the benchmark tables name each part. */
export const INDEX_PART_NAMES: Record<IndexPart, string> = {
  meta: 'meta (every page, loaded by any first query)',
  index: 'word index chunks (index/)',
  filter: 'filters (filter/: facet counts)',
  fragment: 'fragments (fragment/: one per record)',
};
