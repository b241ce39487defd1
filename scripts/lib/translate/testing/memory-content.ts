/**
 * Content folders for the translation memory's tests and benchmark: reports
 * written straight into a temporary content/ (report.json, zh.mdx and, when
 * given, en.json), each through the schemas the commands read them with; and
 * the real 2024 report beside a next year's report made from it.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readReport } from '../../../../src/content/report-files-fs.ts';
import { formatBlocks } from '../../../../src/lib/block-syntax.ts';
import { writeStoredFile } from '../../../../src/content/stored-file-fs.ts';
import { reportFileSchema } from '../../../../src/schemas/report-file.ts';
import { translationFileSchema, type TranslatedBlock } from '../../../../src/schemas/translation-file.ts';
import { CHANGE_RATES, nextYearBody, type ChangeRates } from './next-year-report.ts';

const ROOT = resolve(import.meta.dirname, '../../../..');
/** The real report the memory is measured from, and the next year's report made from it. */
export const REAL_YEAR = 'taiyuan-xiaodian/2024';
export const NEXT_YEAR = 'taiyuan-xiaodian/2025';

export interface FixtureBlock {
  id: string;
  zh: string;
  /** A heading (depth 2) instead of a paragraph. */
  heading?: boolean;
}

/** Write report `<region>/<year>` with `blocks` under `content`, and its en.json when `english` is given. */
export function writeFixtureReport(
  content: string,
  id: string,
  blocks: readonly FixtureBlock[],
  english?: readonly Pick<TranslatedBlock, 'id' | 'en' | 'state' | 'memory'>[],
): void {
  const [region = '', year = ''] = id.split('/');
  const dir = join(content, 'reports', region, year);
  mkdirSync(dir, { recursive: true });
  writeStoredFile(
    reportFileSchema,
    {
      region,
      year: Number(year),
      title: '政府工作报告',
      dateline: '',
      deliveredOn: `${year}-01-10`,
      place: region,
      occasion: '',
      byline: '',
      speaker: { name: '', role: '' },
      language: 'zh-CN',
      source: { file: `sources/${region}-${year}.zh.md`, sha256: '0'.repeat(64) },
      fixture: true,
    },
    join(dir, 'report.json'),
  );
  writeFileSync(
    join(dir, 'zh.mdx'),
    formatBlocks(
      blocks.map((block) => ({
        id: block.id,
        kind: block.heading ? 'heading' : 'paragraph',
        depth: block.heading ? 2 : 0,
        markdown: block.zh,
      })),
    ),
  );
  if (!english) return;
  const zhById = new Map(blocks.map((block) => [block.id, block.zh]));
  writeStoredFile(
    translationFileSchema,
    { language: 'en', blocks: english.map((block) => ({ ...block, zh: zhById.get(block.id) ?? '' })) },
    join(dir, 'en.json'),
  );
}

/** A content folder with the real 2024 report and a next year's report made from it. */
export function memoryContent(dir: string, variants: number, maxChars = Infinity, rates: ChangeRates = CHANGE_RATES.light): string {
  const content = join(dir, `memory-content-${String(variants)}-${String(rates.replace)}`);
  mkdirSync(join(content, 'reports', NEXT_YEAR), { recursive: true });
  cpSync(join(ROOT, 'content/reports', REAL_YEAR), join(content, 'reports', REAL_YEAR), { recursive: true });
  cpSync(join(ROOT, 'content/termbase.json'), join(content, 'termbase.json'));
  const real = readReport(join(ROOT, 'content'), REAL_YEAR);
  writeFileSync(join(content, 'reports', NEXT_YEAR, 'zh.mdx'), nextYearBody(real.blocks, variants, maxChars, rates));
  writeStoredFile(
    reportFileSchema,
    { ...real.report, year: 2025, deliveredOn: '2025-01-10' },
    join(content, 'reports', NEXT_YEAR, 'report.json'),
  );
  return content;
}
