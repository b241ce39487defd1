/**
 * The readers of content/ on disk: the committed content reads, and a broken
 * file is refused naming its path and the field, as the build, the translation
 * and anchor commands and the benchmarks would all report it.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readAnchorRegistry } from '../anchors-fs.ts';
import { readFigures } from '../figures-fs.ts';
import { readIndicators } from '../indicators-fs.ts';
import { readRegions } from '../regions-fs.ts';
import { readReport, readReports } from '../report-files-fs.ts';
import { readTermBase } from '../termbase-fs.ts';

const CONTENT = join(import.meta.dirname, '../../../content');
const ID = 'taiyuan-xiaodian/2024';

/** A copy of content/ whose file `relative` is edited by `edit`. */
function contentWith(relative: string, edit: (text: string) => string): string {
  const copy = mkdtempSync(join(tmpdir(), 'baogao-content-'));
  cpSync(CONTENT, copy, { recursive: true, filter: (source) => !source.includes('/sources/') });
  writeFileSync(join(copy, relative), edit(readFileSync(join(copy, relative), 'utf8')));
  return copy;
}

test('the committed content reads: every report, region, published anchor and term', () => {
  const [report] = readReports(CONTENT);
  expect(report?.id).toBe(ID);
  expect(report?.report.deliveredOn).toBe('2024-02-21');
  expect(report?.glossary).toHaveLength(15);
  expect(report?.translation?.file.blocks).toHaveLength(report?.blocks.length ?? -1);
  expect(readRegions(CONTENT).map((region) => region.id)).toEqual(['taiyuan', 'taiyuan-xiaodian']);
  expect(readAnchorRegistry(CONTENT).reports[ID]?.anchors).toContain('g-hui-shang-bao');
  expect(readTermBase(CONTENT).length).toBeGreaterThan(10);
  expect(readIndicators(CONTENT).length).toBeGreaterThanOrEqual(30);
  expect(readFigures(join(CONTENT, 'reports', ID))?.figures[0]?.indicator).toBe('gdp');
});

describe('a broken file is refused with its path and the field', () => {
  test('report.json without deliveredOn', () => {
    const content = contentWith(`reports/${ID}/report.json`, (text) => text.replace(/\n\s*"deliveredOn": "[^"]*",/, ''));
    expect(() => readReport(content, ID)).toThrow(
      `${join(content, 'reports', ID, 'report.json')}: error: deliveredOn: missing (expected a string)`,
    );
  });

  test('report.json filed under another year', () => {
    const content = contentWith(`reports/${ID}/report.json`, (text) => text.replace('"year": 2024', '"year": 2025'));
    expect(() => readReport(content, ID)).toThrow(
      /report\.json: error: year: 2025, but the report is in reports\/taiyuan-xiaodian\/2024\/$/,
    );
  });

  test('glossary.json with a use pointing at no block', () => {
    const content = contentWith(`reports/${ID}/glossary.json`, (text) => text.replace('"block": "p7"', '"block": "p700"'));
    expect(() => readReport(content, ID)).toThrow(
      `${join(content, 'reports', ID, 'glossary.json')}: error: [1].uses[0].block: no block #p700 in zh.mdx; name the block that carries the marker [2]`,
    );
  });

  test('en.json with a translation that is not text', () => {
    const content = contentWith(`reports/${ID}/en.json`, (text) => text.replace('"en": "Fellow Deputies,"', '"en": ["Fellow Deputies,"]'));
    expect(() => readReport(content, ID)).toThrow(
      `${join(content, 'reports', ID, 'en.json')}: error: blocks[0].en: expected a string, found a list`,
    );
  });

  test('regions.json with a region named like a site page', () => {
    const content = contentWith('regions.json', (text) => text.replace('"id": "taiyuan-xiaodian"', '"id": "glossary"'));
    expect(() => readRegions(content)).toThrow(
      `${join(content, 'regions.json')}: error: [1].id: "glossary" cannot be a region slug: /glossary/ is already a page (src/pages/[...lang]/glossary/); choose another slug`,
    );
  });

  test('anchors.json with a redirect that is not text', () => {
    const content = contentWith('anchors.json', (text) => text.replace('"anchors": [', '"redirects": { "p99": 12 },\n"anchors": ['));
    expect(() => readAnchorRegistry(content)).toThrow(
      `${join(content, 'anchors.json')}: error: reports["${ID}"].redirects.p99: expected a string, found 12`,
    );
  });

  test('termbase.json with an entry whose Chinese forms are not a list', () => {
    const content = contentWith('termbase.json', (text) => text.replace('"zh": [\n      "新质生产力"\n    ]', '"zh": "新质生产力"'));
    expect(() => readTermBase(content)).toThrow(`${join(content, 'termbase.json')}: error: [0].zh: expected a list, found "新质生产力"`);
  });

  test('indicators.json with a unit that is none of the base units', () => {
    const content = contentWith('indicators.json', (text) => text.replace('"unit": "yuan"', '"unit": "亿元"'));
    expect(() => readIndicators(content)).toThrow(`${join(content, 'indicators.json')}: error: [0].unit: expected "yuan" or`);
  });

  test('figures.json whose figure names no kind', () => {
    const content = contentWith(`reports/${ID}/figures.json`, (text) => text.replace('"kind": "result"', '"kind": "achieved"'));
    expect(() => readFigures(join(content, 'reports', ID))).toThrow(
      `${join(content, 'reports', ID, 'figures.json')}: error: figures[0].kind: expected "result" or "target", found "achieved"`,
    );
  });
});
