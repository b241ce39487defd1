import { describe, expect, test } from 'vitest';
import type { SearchRecord } from '../search-records.ts';
import { assignShards, collectionShards, idsInSeveralShards, reportsPerShard, shardDir, shardRecords } from '../search-shards.ts';

const record = (report: string, anchor: string): SearchRecord => {
  const [region = '', year = ''] = report.split('/');
  return {
    url: `/${report}/#${anchor}`,
    content: '文',
    language: 'en',
    meta: {},
    filters: { region: [region], year: [year], part: ['1'], kind: ['paragraph'], language: ['zh'], report: [report], number: ['1'] },
  };
};
const reports = [
  { region: 'b', year: 2024 },
  { region: 'a', year: 2025 },
  { region: 'a', year: 2024 },
];

describe('reportsPerShard', () => {
  test('is 100 unless BAOGAO_SEARCH_SHARD_REPORTS says otherwise', () => {
    expect(reportsPerShard({})).toBe(100);
    expect(reportsPerShard({ BAOGAO_SEARCH_SHARD_REPORTS: '' })).toBe(100);
    expect(reportsPerShard({ BAOGAO_SEARCH_SHARD_REPORTS: '3' })).toBe(3);
  });

  test('refuses anything but a whole number above 0, naming the variable', () => {
    for (const written of ['0', '-2', '2.5', 'many']) {
      expect(() => reportsPerShard({ BAOGAO_SEARCH_SHARD_REPORTS: written })).toThrow(/BAOGAO_SEARCH_SHARD_REPORTS.*"/);
    }
  });
});

describe('shards', () => {
  test('reports go to shards in the order of their keys, whatever the order given', () => {
    expect([...assignShards(['b/2024', 'a/2025', 'a/2024'], 2)]).toEqual([
      ['a/2024', 0],
      ['a/2025', 0],
      ['b/2024', 1],
    ]);
  });

  test('a collection of up to one shard of reports is one index, in pagefind/', () => {
    expect(collectionShards(reports, 3)).toBe(1);
    expect(collectionShards(reports, 100)).toBe(1);
    expect(collectionShards([], 100)).toBe(1);
    expect(shardDir(0)).toBe('pagefind/');
  });

  test('a larger one is split, the others inside the first', () => {
    expect(collectionShards(reports, 2)).toBe(2);
    expect(collectionShards(reports, 1)).toBe(3);
    expect([0, 1, 2].map(shardDir)).toEqual(['pagefind/', 'pagefind/shard-2/', 'pagefind/shard-3/']);
  });

  test("every record goes to its report's shard, and all of a report's records together", () => {
    const records = [record('b/2024', 'p1'), record('a/2024', 'p1'), record('a/2025', 'p1'), record('b/2024', 'p2')];
    const shards = shardRecords(records, reports, 2);
    expect(shards.map((shard) => shard.map((one) => one.url))).toEqual([
      ['/a/2024/#p1', '/a/2025/#p1'],
      ['/b/2024/#p1', '/b/2024/#p2'],
    ]);
  });

  test('a record of a report outside the collection fails, naming it', () => {
    expect(() => shardRecords([record('c/2020', 'p3')], reports, 2)).toThrow(/\/c\/2020\/#p3.*"c\/2020"/);
  });
});

describe('idsInSeveralShards', () => {
  test('lists, sorted, the ids more than one shard holds, each once', () => {
    expect(
      idsInSeveralShards([
        ['en_b', 'en_a', 'en_c'],
        ['en_d', 'en_b'],
        ['en_a', 'en_b'],
      ]),
    ).toEqual(['en_a', 'en_b']);
  });

  test('none when every id is in one shard, or there is one shard', () => {
    expect(idsInSeveralShards([['en_a'], ['en_b']])).toEqual([]);
    expect(idsInSeveralShards([['en_a', 'en_a']])).toEqual([]);
  });
});
