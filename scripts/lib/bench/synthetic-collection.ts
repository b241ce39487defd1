/**
 * A synthetic collection for the scaling benchmark: the real report
 * (content/reports/taiyuan-xiaodian/2024) copied into many region/year
 * combinations, its numbers varied per copy (vary-numbers.ts), every copy marked
 * `fixture: true` as e2e/fixtures/collection.ts does, so it can never pass as a
 * real report. Written to a temporary folder, never published.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { varyNumbers } from './vary-numbers.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const SOURCE_REGION = 'taiyuan-xiaodian';
const SOURCE_YEAR = 2024;
const SOURCE_DIR = join(ROOT, 'content/reports', SOURCE_REGION, String(SOURCE_YEAR));

export interface SyntheticCollectionOptions {
  /** Where to write the content folder (created). */
  dir: string;
  regions: number;
  yearsPerRegion: number;
}

interface TranslationFile {
  meta: Record<string, string>;
  blocks: { id: string; zh: string; en?: string }[];
  glossary: { key: string; zh: string; term: string; definition: string }[];
}

interface GlossaryEntry {
  term: string;
  definition: string;
  uses: { block: string; anchor: string }[];
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function regionId(index: number): string {
  return `synthetic-${String(index + 1).padStart(2, '0')}`;
}

function regionEntry(index: number) {
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
  const read = (name: string) => readFileSync(join(SOURCE_DIR, name), 'utf8');

  const report = JSON.parse(read('report.json')) as Record<string, unknown>;
  const dateline = String(report['dateline']).replace(String(SOURCE_YEAR), String(year));
  const stored = { ...report, region, year, dateline, deliveredOn: `${year}-02-21`, fixture: true };
  writeFileSync(join(out, 'report.json'), JSON.stringify(stored, null, 2));

  writeFileSync(join(out, 'zh.mdx'), varyNumbers(read('zh.mdx'), offset));

  const glossary = (JSON.parse(read('glossary.json')) as GlossaryEntry[]).map((entry) => ({
    ...entry,
    term: varyNumbers(entry.term, offset),
    definition: varyNumbers(entry.definition, offset),
    uses: entry.uses.map((use) => ({ ...use, anchor: varyNumbers(use.anchor, offset) })),
  }));
  writeFileSync(join(out, 'glossary.json'), JSON.stringify(glossary, null, 2));

  const translation = JSON.parse(read('en.json')) as TranslationFile;
  const varied: TranslationFile = {
    ...translation,
    blocks: translation.blocks.map((block) => ({
      ...block,
      zh: varyNumbers(block.zh, offset),
      ...(block.en === undefined ? {} : { en: varyNumbers(block.en, offset) }),
    })),
    glossary: translation.glossary.map((entry) => ({
      ...entry,
      zh: varyNumbers(entry.zh, offset),
      term: varyNumbers(entry.term, offset),
      definition: varyNumbers(entry.definition, offset),
    })),
  };
  writeFileSync(join(out, 'en.json'), JSON.stringify(varied, null, 2));
}

/** Writes the collection and returns its content folder and report count. */
export function writeSyntheticCollection({ dir, regions, yearsPerRegion }: SyntheticCollectionOptions): {
  contentDir: string;
  reports: number;
} {
  mkdirSync(dir, { recursive: true });
  const realRegions = JSON.parse(readFileSync(join(ROOT, 'content/regions.json'), 'utf8')) as { id: string }[];
  const parentCity = realRegions.filter((region) => region.id === 'taiyuan');
  const synthetic = Array.from({ length: regions }, (_, index) => regionEntry(index));
  writeFileSync(join(dir, 'regions.json'), JSON.stringify([...parentCity, ...synthetic], null, 2));
  copyFileSync(join(ROOT, 'content/termbase.json'), join(dir, 'termbase.json'));

  let reports = 0;
  for (const region of synthetic) {
    for (let yearIndex = 0; yearIndex < yearsPerRegion; yearIndex++) {
      reports++;
      // The offset is the report's number, so no two copies share their figures.
      writeReport(dir, region.id, SOURCE_YEAR - yearIndex, reports);
    }
  }
  return { contentDir: dir, reports };
}
