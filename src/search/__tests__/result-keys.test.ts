import { describe, expect, test } from 'vitest';
import { keyResults } from '../result-keys.ts';

const result = (id: string, url: string) => {
  const loaded = { count: 0 };
  return { id, url, loaded, data: () => (loaded.count++, Promise.resolve({ url })) };
};

describe('keyResults', () => {
  test('two results of one id from two shards get two keys, by URL; the others keep their id and load nothing', async () => {
    const results = [result('en_1', '/a/2024/#p1'), result('en_2', '/a/2024/#p2'), result('en_1', '/b/2024/#p7')];
    const keyed = await keyResults(results, new Set(['en_1']));
    expect(keyed.map(({ key }) => key)).toEqual(['url:/a/2024/#p1', 'en_2', 'url:/b/2024/#p7']);
    expect(keyed.map(({ result: one }) => one)).toEqual(results);
    expect(results.map((one) => one.loaded.count)).toEqual([1, 0, 1]);
  });

  test('with no shared ids every key is the id, and nothing loads', async () => {
    const results = [result('en_1', '/a/2024/#p1')];
    await expect(keyResults(results, new Set())).resolves.toEqual([{ key: 'en_1', result: results[0] }]);
    expect(results[0]?.loaded.count).toBe(0);
  });
});
