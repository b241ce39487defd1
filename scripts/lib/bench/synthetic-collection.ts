/**
 * A synthetic collection for the scaling benchmark: the real report
 * (content/reports/taiyuan-xiaodian/2024) copied into many region/year
 * combinations, its numbers varied per copy (vary-numbers.ts), every copy marked
 * `fixture: true` as e2e/fixtures/collection.ts does, so it can never pass as a
 * real report. Written to a temporary folder, never published.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readRegions } from '../../../src/content/regions-fs.ts';
import { readReport } from '../../../src/content/report-files-fs.ts';
import { writeStoredFile } from '../../../src/content/stored-file-fs.ts';
import { glossaryFileSchema } from '../../../src/schemas/glossary-file.ts';
import { regionsFileSchema, type Region } from '../../../src/schemas/region.ts';
import { reportFileSchema } from '../../../src/schemas/report-file.ts';
import { translationFileSchema } from '../../../src/schemas/translation-file.ts';
import { varyNumbers } from './vary-numbers.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const CONTENT = join(ROOT, 'content');
const SOURCE_REGION = 'taiyuan-xiaodian';
const SOURCE_YEAR = 2024;
const SOURCE_ID = `${SOURCE_REGION}/${SOURCE_YEAR}`;

export interface SyntheticCollectionOptions {
  /** Where to write the content folder (created). */
  dir: string;
  regions: number;
  yearsPerRegion: number;
  /** Stop after this many reports (default regions × yearsPerRegion). */
  reports?: number;
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function regionId(index: number): string {
  return `synthetic-${String(index + 1).padStart(2, '0')}`;
}

function regionEntry(index: number): Region {
  const number = index + 1;
  const zhNumber = number <= 10 ? CHINESE_DIGITS[number] : String(number);
  return {
    id: regionId(index),
    name: { zh: `合成${zhNumber}区`, en: `Synthetic District ${number}` },
    level: 'district',
    parent: 'taiyuan',
  };
}

/** The same shift in zh.mdx, glossary.json and en.json keeps translations aligned (the Chinese in en.json still matches). */
function writeReport(dir: string, region: string, year: number, offset: number): void {
  const out = join(dir, 'reports', region, String(year));
  mkdirSync(out, { recursive: true });
  const source = readReport(CONTENT, SOURCE_ID);

  const dateline = source.report.dateline.replace(String(SOURCE_YEAR), String(year));
  const report = { ...source.report, region, year, dateline, deliveredOn: `${year}-02-21`, fixture: true };
  writeStoredFile(reportFileSchema, report, join(out, 'report.json'));

  writeFileSync(join(out, 'zh.mdx'), varyNumbers(readFileSync(join(source.dir, 'zh.mdx'), 'utf8'), offset));

  const glossary = source.glossary.map((entry) => ({
    ...entry,
    term: varyNumbers(entry.term, offset),
    definition: varyNumbers(entry.definition, offset),
    uses: entry.uses.map((use) => ({ ...use, anchor: varyNumbers(use.anchor, offset) })),
  }));
  writeStoredFile(glossaryFileSchema, glossary, join(out, 'glossary.json'));

  if (!source.translation) throw new Error(`${source.translationPath}: the benchmark needs the translation`);
  const translation = source.translation.file;
  const varied = {
    ...translation,
    blocks: translation.blocks.map((block) => ({ ...block, zh: varyNumbers(block.zh, offset), en: varyNumbers(block.en, offset) })),
    glossary: translation.glossary.map((entry) => ({
      ...entry,
      zh: varyNumbers(entry.zh, offset),
      term: varyNumbers(entry.term, offset),
      definition: varyNumbers(entry.definition, offset),
    })),
  };
  writeStoredFile(translationFileSchema, varied, join(out, 'en.json'));
}

/** Writes the collection and returns its content folder and report count. */
export function writeSyntheticCollection({ dir, regions, yearsPerRegion, reports: wanted }: SyntheticCollectionOptions): {
  contentDir: string;
  reports: number;
} {
  mkdirSync(dir, { recursive: true });
  const parentCity = readRegions(CONTENT).filter((region) => region.id === 'taiyuan');
  const synthetic = Array.from({ length: regions }, (_, index) => regionEntry(index));
  writeStoredFile(regionsFileSchema, [...parentCity, ...synthetic], join(dir, 'regions.json'));
  copyFileSync(join(CONTENT, 'termbase.json'), join(dir, 'termbase.json'));
  // The indicator vocabulary, as a real collection has it (without it the build warns of an empty collection).
  copyFileSync(join(CONTENT, 'indicators.json'), join(dir, 'indicators.json'));

  let reports = 0;
  for (const region of synthetic) {
    for (let yearIndex = 0; yearIndex < yearsPerRegion; yearIndex++) {
      if (wanted !== undefined && reports >= wanted) break;
      reports++;
      // The offset is the report's number, so no two copies share their figures.
      writeReport(dir, region.id, SOURCE_YEAR - yearIndex, reports);
    }
  }
  return { contentDir: dir, reports };
}
