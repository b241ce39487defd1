/**
 * The search index in shards (pure, shared by the build and the search page).
 *
 * Pagefind's indexer holds every indexed word of the index in memory until it
 * writes the files: about 12 MB per report (every CJK character is a word), over
 * 6 GB at 500 reports. So a large collection is indexed in shards of at most
 * `reportsPerShard` reports, one after the other, each by a fresh indexer
 * process (integrations/pagefind-index.ts), and the search page merges them
 * into its one runtime with Pagefind's `mergeIndex` (client/pagefind.ts):
 * Pagefind then searches every shard, sums their filter counts and orders the
 * results by score (each shard scores with its own word statistics, so the
 * order by relevance across shards is close to, not exactly, one index's).
 * The first shard is `pagefind/`, where the runtime lives; the others are
 * `pagefind/shard-2/`, `pagefind/shard-3/` … A collection of up to
 * `reportsPerShard` reports is one index, as before.
 *
 * Reports go to shards in the order of their keys (region/year), so the same
 * collection always gives the same shards; the key-figures records belong to
 * their report like its paragraphs.
 */
import type { Report } from '../schemas/report.ts';
import { reportKey, type SearchRecord } from './search-records.ts';

/** Reports per shard unless BAOGAO_SEARCH_SHARD_REPORTS says otherwise: about 1.2 GB of indexer memory. */
export const DEFAULT_REPORTS_PER_SHARD = 100;

/** BAOGAO_SEARCH_SHARD_REPORTS, a whole number above 0 (tests set a small one to search several shards). */
export function reportsPerShard(env: Record<string, string | undefined>): number {
  const written = env['BAOGAO_SEARCH_SHARD_REPORTS'];
  if (written === undefined || written === '') return DEFAULT_REPORTS_PER_SHARD;
  const value = Number(written);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`BAOGAO_SEARCH_SHARD_REPORTS must be a whole number of reports above 0, not "${written}"`);
  }
  return value;
}

/** The shard (0, 1 …) of each report key. */
export function assignShards(reportKeys: readonly string[], perShard: number): Map<string, number> {
  const sorted = [...new Set(reportKeys)].sort();
  return new Map(sorted.map((key, position) => [key, Math.floor(position / perShard)]));
}

/** How many shards the collection's reports make (at least one, for a collection of none). */
export function shardCount(reportKeys: readonly string[], perShard: number): number {
  return Math.max(1, Math.ceil(new Set(reportKeys).size / perShard));
}

/** The folder of shard `shard` (0, 1 …) under the site's root, ending in "/". */
export function shardDir(shard: number): string {
  return shard === 0 ? 'pagefind/' : `pagefind/shard-${String(shard + 1)}/`;
}

/** The records of each shard, in shard order; throws if a record names no report of the collection. */
export function shardRecords(
  records: readonly SearchRecord[],
  reports: readonly Pick<Report, 'region' | 'year'>[],
  perShard: number,
): SearchRecord[][] {
  const keys = reports.map(reportKey);
  const shardOf = assignShards(keys, perShard);
  const shards: SearchRecord[][] = Array.from({ length: shardCount(keys, perShard) }, () => []);
  for (const record of records) {
    const [key] = record.filters.report;
    const shard = shards[shardOf.get(key) ?? -1];
    if (!shard) throw new Error(`search record ${record.url} belongs to no report of the collection ("${key}")`);
    shard.push(record);
  }
  return shards;
}

/** How many shards a collection of these reports is indexed in (what the search page merges). */
export function collectionShards(reports: readonly Pick<Report, 'region' | 'year'>[], perShard: number): number {
  return shardCount(reports.map(reportKey), perShard);
}

/**
 * A result's id is its page's hash, which Pagefind keeps unique within one index only: at 500 reports in five
 * shards, 16 of 77,000 ids were each held by two pages of different shards, and a search that told results apart
 * by id counted 15,999 of 16,000. The build lists such ids in this file, in the first shard's folder, and the
 * search page tells those results apart by their URL instead (result-keys.ts).
 */
export const SHARED_IDS_FILE = 'shared-ids.json';

/** The ids (page hashes) that more than one shard holds, sorted, given each shard's. */
export function idsInSeveralShards(idsByShard: readonly (readonly string[])[]): string[] {
  const shardsOf = new Map<string, number>();
  for (const ids of idsByShard) for (const id of new Set(ids)) shardsOf.set(id, (shardsOf.get(id) ?? 0) + 1);
  return [...shardsOf]
    .filter(([, shards]) => shards > 1)
    .map(([id]) => id)
    .sort();
}
