/**
 * Each stored file's schema refuses a broken file with one line per problem,
 * naming the file, the field and what is wrong; and what the repository holds
 * passes. The readers on disk are tested in src/content/__tests__/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { anchorRegistrySchema } from '../anchor-registry.ts';
import { figuresFileSchema } from '../figures-file.ts';
import { glossaryFileSchema, glossaryFileSchemaFor } from '../glossary-file.ts';
import { indicatorsFileSchema } from '../indicators.ts';
import { regionsFileSchema, regionsFileSchemaFor } from '../region.ts';
import { reportFileSchema } from '../report-file.ts';
import { parseStoredFile, stringifyStoredFile, StoredFileError } from '../stored-file.ts';
import { termBaseFileSchema } from '../termbase.ts';
import { translationFileSchema } from '../translation-file.ts';

const ROOT = join(import.meta.dirname, '../../..');
const REPORT_DIR = join(ROOT, 'content/reports/taiyuan-xiaodian/2024');
const read = (path: string) => readFileSync(path, 'utf8');

/** A copy of `value` without the field `key`. */
function without(value: object, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([name]) => name !== key));
}

/** The problems a schema finds in `value`, as the readers print them. */
function problems(schema: Parameters<typeof parseStoredFile>[0], value: unknown, path: string): string[] {
  try {
    parseStoredFile(schema, JSON.stringify(value), path);
  } catch (error) {
    if (error instanceof StoredFileError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('report.json', () => {
  const good = parseStoredFile(reportFileSchema, read(join(REPORT_DIR, 'report.json')), 'report.json');
  const path = 'reports/x/2024/report.json';

  test('without deliveredOn', () => {
    expect(problems(reportFileSchema, without(good, 'deliveredOn'), path)).toEqual([
      `${path}: error: deliveredOn: missing (expected a string)`,
    ]);
  });

  test('with a date that does not exist, a nested field of the wrong type and a misspelt field', () => {
    const broken = { ...good, deliveredOn: '2024-02-30', speaker: { name: 7, role: '区长' }, delivredOn: '2024-02-21' };
    expect(problems(reportFileSchema, broken, path)).toEqual([
      `${path}: error: deliveredOn: must be a date such as 2024-02-21, found "2024-02-30"`,
      `${path}: error: speaker.name: expected a string, found 7`,
      `${path}: error: unknown field "delivredOn" (a typo? src/schemas/ lists every field)`,
    ]);
  });

  test('reads with its defaults: not a fixture, no header', () => {
    const report = parseStoredFile(reportFileSchema, read(join(REPORT_DIR, 'report.json')), 'report.json');
    expect(report.fixture).toBe(false);
    expect(report.header).toBeUndefined();
  });
});

describe('glossary.json', () => {
  const path = 'reports/x/2024/glossary.json';
  const entry = { n: 1, key: 'hui-shang-bao', term: '“惠商保”', definition: '……', uses: [{ block: 'p6', anchor: '“惠商保”' }] };

  test('a use pointing at no block of zh.mdx', () => {
    const broken = [
      entry,
      {
        ...entry,
        n: 2,
        key: 'shi-luan',
        uses: [
          { block: 'p6', anchor: '' },
          { block: 'p99', anchor: '' },
        ],
      },
    ];
    expect(problems(glossaryFileSchemaFor(new Set(['p1', 'p6'])), broken, path)).toEqual([
      `${path}: error: [1].uses[1].block: no block #p99 in zh.mdx; name the block that carries the marker [2]`,
    ]);
  });

  test('a key used twice, a block id that is no block id, and no uses at all', () => {
    const broken = [
      entry,
      { ...entry, n: 2, key: 'shi-luan', uses: [{ block: '12', anchor: '' }] },
      { ...without(entry, 'uses'), n: 3, key: 'x' },
    ];
    expect(problems(glossaryFileSchema, broken, path)).toEqual([
      `${path}: error: [1].uses[0].block: must be a block id such as p12 or s3, found "12"`,
      `${path}: error: [2].uses: missing (expected a list)`,
    ]);
    expect(problems(glossaryFileSchema, [entry, { ...entry, n: 2 }], path)).toEqual([
      `${path}: error: [1].key: "hui-shang-bao" is used by an earlier entry too`,
    ]);
  });
});

describe('regions.json', () => {
  const path = 'regions.json';
  const city = { id: 'taiyuan', name: { zh: '太原市', en: 'Taiyuan City' }, level: 'city' };
  const district = { id: 'taiyuan-xiaodian', name: { zh: '小店区', en: 'Xiaodian District' }, level: 'district', parent: 'taiyuan' };

  test('a missing parent, a region listed twice, an empty English name and an unknown level', () => {
    expect(problems(regionsFileSchema, [district], path)).toEqual([
      `${path}: error: [0].parent: parent "taiyuan" is not a region in this file`,
    ]);
    expect(problems(regionsFileSchema, [city, city], path)).toEqual([`${path}: error: [1].id: region "taiyuan" is listed twice`]);
    expect(problems(regionsFileSchema, [{ ...city, name: { zh: '太原市', en: '' }, level: 'town' }], path)).toEqual([
      `${path}: error: [0].name.en: must not be empty`,
      `${path}: error: [0].level: expected "national" or "province" or "city" or "district" or "county", found "town"`,
    ]);
  });

  test('a slug the site uses itself', () => {
    const reserved = new Map([['search', 'a page (src/pages/[...lang]/search.astro)']]);
    expect(problems(regionsFileSchemaFor(reserved), [{ ...city, id: 'search' }], path)).toEqual([
      `${path}: error: [0].id: "search" cannot be a region slug: /search/ is already a page (src/pages/[...lang]/search.astro); choose another slug`,
    ]);
  });
});

describe('en.json', () => {
  const path = 'reports/x/2024/en.json';

  test('without blocks, and with a block whose English is not text', () => {
    expect(problems(translationFileSchema, { language: 'en' }, path)).toEqual([`${path}: error: blocks: missing (expected a list)`]);
    expect(problems(translationFileSchema, { blocks: [{ id: 'p1', zh: '各位代表：', en: 3 }] }, path)).toEqual([
      `${path}: error: blocks[0].en: expected a string, found 3`,
    ]);
  });

  test('reads with its defaults: English pending in state initial, no title block, no glossary, no revisions', () => {
    const file = parseStoredFile(translationFileSchema, JSON.stringify({ blocks: [{ id: 'p1', zh: '各位代表：' }] }), path);
    expect(file).toEqual({
      language: 'en',
      meta: { title: '', dateline: '', occasion: '', role: '', speaker: '' },
      blocks: [{ id: 'p1', zh: '各位代表：', en: '', state: 'initial' }],
      glossary: [],
      revisions: [],
    });
  });
});

describe('anchors.json', () => {
  const path = 'anchors.json';

  test('a report id that is not <region>/<year>, and anchors that are not a list', () => {
    expect(problems(anchorRegistrySchema, { reports: { xiaodian: { anchors: ['p1'] } } }, path)).toEqual([
      `${path}: error: reports.xiaodian: bad key: must be <region>/<year>, e.g. taiyuan-xiaodian/2024`,
    ]);
    expect(problems(anchorRegistrySchema, { reports: { 'taiyuan-xiaodian/2024': { anchors: 'p1' } } }, path)).toEqual([
      `${path}: error: reports["taiyuan-xiaodian/2024"].anchors: expected a list, found "p1"`,
    ]);
  });

  test('a page redirect that is not a site path', () => {
    expect(problems(anchorRegistrySchema, { reports: {}, pageRedirects: { '/old/': 'new/' } }, path)).toEqual([
      `${path}: error: pageRedirects["/old/"]: must be a site path starting with /, without the deployment base, found "new/"`,
    ]);
  });
});

describe('termbase.json', () => {
  test('an entry without its rendering, and a strength that is not one of the grades', () => {
    const path = 'termbase.json';
    const entry = { zh: ['新质生产力'], en: 'new quality productive forces', source: 'Xinhua', strength: 'A' };
    expect(problems(termBaseFileSchema, [entry, without(entry, 'en'), { ...entry, strength: 'C' }], path)).toEqual([
      `${path}: error: [1].en: missing (expected a string)`,
      `${path}: error: [2].strength: expected "A" or "B" or "A/B" or "—", found "C"`,
    ]);
  });
});

describe('indicators.json', () => {
  const path = 'indicators.json';
  const gdp = { key: 'gdp', zh: '地区生产总值', names: ['地区生产总值'], en: 'gross regional product', unit: 'yuan', better: 'higher' };

  test('a key listed twice, a name that names two indicators, a part that is no indicator, a unit that is none', () => {
    const income = { ...gdp, key: 'income', names: ['城乡居民人均可支配收入'], respectively: ['urban-income'] };
    expect(problems(indicatorsFileSchema, [gdp, { ...income, unit: 'yuan per person' }], path)).toEqual([
      `${path}: error: [1].unit: expected "yuan" or "yuan-per-person" or "percent" or "person" or "household" or "enterprise" or "project" or "tonne" or "kilowatt-hour" or "tonne-of-coal-equivalent" or "mu" or "hectare" or "square-metre" or "kilometre" or "microgram-per-cubic-metre" or "day" or "item", found "yuan per person"`,
    ]);
    expect(problems(indicatorsFileSchema, [gdp, { ...gdp, names: ['生产总值', '地区生产总值'] }, income], path)).toEqual([
      `${path}: error: [1].key: "gdp" is listed twice`,
      `${path}: error: [1].names[1]: "地区生产总值" already names "gdp"; a name must say one indicator`,
      `${path}: error: [2].respectively[0]: no indicator "urban-income" in this file`,
    ]);
  });
});

describe('figures.json', () => {
  const path = 'reports/x/2024/figures.json';
  const figure = { block: 'p4', phrase: '固定资产投资完成 393.47 亿元', subject: '固定资产投资', kind: 'result', year: 2023 };
  const level = { value: 39_347_000_000, unit: 'yuan', text: '393.47 亿元' };

  test('a figure with neither level nor change, a phrase twice in one block, a qualifier that is none', () => {
    const broken = [figure, { ...figure, level }, { ...figure, block: 'p5', level: { ...level, qualifier: 'roughly' } }];
    expect(problems(figuresFileSchema, { figures: broken }, path)).toEqual([
      `${path}: error: figures[2].level.qualifier: expected "more-than" or "nearly" or "or-more" or "about" or "at-most", found "roughly"`,
    ]);
    expect(problems(figuresFileSchema, { figures: broken.slice(0, 2) }, path)).toEqual([
      `${path}: error: figures[0]: states neither a level nor a change; give at least one`,
      `${path}: error: figures[1].phrase: #p4 has this phrase twice; a figure is known by its block and phrase`,
    ]);
  });
});

test('a file that is not JSON is refused naming the file', () => {
  expect(() => parseStoredFile(regionsFileSchema, '[{"id": "taiyuan",]', 'regions.json')).toThrow(
    /^regions\.json: error: not valid JSON \(/,
  );
});

test('ingest writes a value as given (its key order, no defaults) once the schema passes it, and refuses one it does not', () => {
  const region = { name: { zh: '太原市', en: 'Taiyuan City' }, id: 'taiyuan', level: 'city' } as const;
  expect(stringifyStoredFile(regionsFileSchema, [region], 'regions.json')).toBe(`${JSON.stringify([region], null, 2)}\n`);
  expect(() => stringifyStoredFile(regionsFileSchema, [{ ...region, id: 'Taiyuan' }], 'regions.json')).toThrow(
    'regions.json: error: [0].id: must be a lowercase slug such as taiyuan-xiaodian, found "Taiyuan"',
  );
});

describe('the repository’s own stored files pass their schemas', () => {
  test.each([
    ['content/regions.json', regionsFileSchema],
    ['content/anchors.json', anchorRegistrySchema],
    ['content/termbase.json', termBaseFileSchema],
    ['content/indicators.json', indicatorsFileSchema],
    ['content/reports/taiyuan-xiaodian/2024/figures.json', figuresFileSchema],
    ['content/reports/taiyuan-xiaodian/2024/report.json', reportFileSchema],
    ['content/reports/taiyuan-xiaodian/2024/glossary.json', glossaryFileSchema],
    ['content/reports/taiyuan-xiaodian/2024/en.json', translationFileSchema],
    ['e2e/fixtures/hand-edited/jinyang-hexi-2025/glossary.json', glossaryFileSchema],
    ['e2e/fixtures/hand-edited/jinyang-hexi-2025/en.json', translationFileSchema],
    ['e2e/fixtures/translations/jinyang-fenhe-2025.en.json', translationFileSchema],
  ] as const)('%s', (file, schema) => {
    expect(() => parseStoredFile(schema, read(join(ROOT, file)), file)).not.toThrow();
  });
});
