/**
 * Builds the Pagefind index after the site is built, through Pagefind's Node
 * API (as Starlight does): one record per paragraph, heading and glossary entry,
 * built from the content model in memory (never from page HTML), both languages
 * in one index (src/search/index-text.ts says how). A large collection is indexed
 * in shards, one after the other, each by a fresh Pagefind process, so that the
 * indexer's memory is one shard's (src/search/search-shards.ts). Every
 * response's errors are checked, and the service is closed in `finally`.
 */
import type { AstroIntegration } from 'astro';
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { INCLUDE_CHARACTERS } from '../search/index-text.ts';
import { buildSearchRecords, type SearchRecord } from '../search/search-records.ts';
import { idsInSeveralShards, reportsPerShard, SHARED_IDS_FILE, shardDir, shardRecords } from '../search/search-shards.ts';
import type { SiteModel } from './shared/site-model-fs.ts';
import { underBase } from './shared/under-base.ts';

export interface PagefindIndexOptions {
  /** The content model the records are built from. */
  siteModel: () => Promise<SiteModel>;
}

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** Writes one shard's index to `outputPath` with a fresh Pagefind process, closed afterwards. */
async function writeShard(records: readonly SearchRecord[], outputPath: string): Promise<void> {
  try {
    // "." and "+" keep figures (1580.62, PM2.5) and labels (网格化+全帮办) searchable as written.
    const { index, errors } = await pagefind.createIndex({ includeCharacters: INCLUDE_CHARACTERS });
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    for (const record of records) check(`addCustomRecord ${record.url}`, (await index.addCustomRecord(record)).errors);
    check('writeFiles', (await index.writeFiles({ outputPath })).errors);
  } finally {
    // The process goes with its memory; the next shard starts another.
    await pagefind.close();
  }
}

/**
 * A shard other than the first needs only its index files: the search page runs the first shard's runtime,
 * which merges this one (its entry, metadata, word, filter and fragment files) and brings its own WebAssembly.
 */
async function removeRuntime(shardPath: string): Promise<void> {
  const kept = (name: string) =>
    name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || ['index', 'filter', 'fragment'].includes(name);
  const names = await readdir(shardPath);
  await Promise.all(names.filter((name) => !kept(name)).map((name) => rm(join(shardPath, name), { recursive: true })));
}

/** A result's id is its page's hash, the name of its fragment file: the ids that more than one shard holds. */
async function listSharedIds(root: string, shards: number): Promise<string[]> {
  const idsByShard = await Promise.all(
    Array.from({ length: shards }, async (_, shard) =>
      // A shard without records has no fragment folder, and no ids.
      (await readdir(join(root, shardDir(shard), 'fragment')).catch(() => [])).map((name) => name.replace(/\.pf_fragment$/, '')),
    ),
  );
  return idsInSeveralShards(idsByShard);
}

export function pagefindIndex({ siteModel }: PagefindIndexOptions): AstroIntegration {
  // Record URLs carry the deployment base, as the search page expects.
  let base = '/';
  return {
    name: 'baogao-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { reports, indicators } = await siteModel();
        const records = buildSearchRecords(reports, indicators).map((record) => ({ ...record, url: underBase(base, record.url) }));
        const perShard = reportsPerShard(process.env);
        const shards = shardRecords(records, reports, perShard);
        const root = fileURLToPath(dir);
        // The first shard first: the others are written inside its folder.
        for (const [number, shard] of shards.entries()) {
          const outputPath = join(root, shardDir(number));
          await writeShard(shard, outputPath);
          if (number > 0) await removeRuntime(outputPath);
        }
        if (shards.length > 1) {
          const shared = await listSharedIds(root, shards.length);
          await writeFile(join(root, shardDir(0), SHARED_IDS_FILE), `${JSON.stringify(shared)}\n`);
          logger.info(
            `indexed ${records.length} paragraphs, headings, glossary entries and key-figures pages in ${shards.length} shards of up to ${perShard} reports (${shared.length} result ids held by two shards, told apart by URL)`,
          );
        } else logger.info(`indexed ${records.length} paragraphs, headings, glossary entries and key-figures pages`);
      },
    },
  };
}
