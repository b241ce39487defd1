/**
 * What tells one search result apart from every other (pure; used by client/pagefind.ts). A result's id is its
 * page's hash, unique within one shard of the index but not across shards (search-shards.ts): for an id that
 * several shards hold, the result is told apart by its page's URL, read from its fragment (one small file, for a
 * handful of results at most); every other result by its id, with nothing loaded.
 */

export interface IdentifiableResult {
  id: string;
  data(): Promise<{ url: string }>;
}

export interface KeyedResult<R extends IdentifiableResult> {
  key: string;
  result: R;
}

export async function keyResults<R extends IdentifiableResult>(
  results: readonly R[],
  sharedIds: ReadonlySet<string>,
): Promise<KeyedResult<R>[]> {
  if (sharedIds.size === 0) return results.map((result) => ({ key: result.id, result }));
  return Promise.all(
    results.map(async (result) => ({ key: sharedIds.has(result.id) ? `url:${(await result.data()).url}` : result.id, result })),
  );
}
