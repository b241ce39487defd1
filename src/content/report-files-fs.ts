/**
 * Config-time reader of the reports under a content folder (Node APIs; pages
 * use the `reports` collection): content/reports/<region>/<year>/ with
 * report.json, zh.mdx, glossary.json, en.json and figures.json, each read through
 * its schema, the glossary and the figures checked against the blocks of zh.mdx. The site's loader, the
 * translation and anchor commands, the benchmarks and the tests all read
 * reports here, so they all refuse the same broken files with the same message.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBlocks, type StoredBlock } from '../lib/block-syntax.ts';
import { figuresFileSchema, type FiguresFile } from '../schemas/figures-file.ts';
import { glossaryFileSchemaFor, type GlossaryFile } from '../schemas/glossary-file.ts';
import { reportFileSchema, type ReportFile } from '../schemas/report-file.ts';
import { parseStoredFile, StoredFileError } from '../schemas/stored-file.ts';
import { translationFileSchema, type TranslationFile } from '../schemas/translation-file.ts';
import { readStoredFile } from './stored-file-fs.ts';

export interface ReportOnDisk {
  /** `<region>/<year>`, e.g. taiyuan-xiaodian/2024: the report's folder under reports/. */
  id: string;
  /** The report's folder. */
  dir: string;
  /** report.json. */
  report: ReportFile;
  /** zh.mdx, block by block in reading order. */
  blocks: StoredBlock[];
  /** glossary.json; [] when the report has none. */
  glossary: GlossaryFile;
  /** Where the translation file is, or would be (en.json). */
  translationPath: string;
  /** The translation file's text (for line numbers in messages) and value, when it exists. */
  translation?: { raw: string; file: TranslationFile };
  /** figures.json (the report's figures as data), when it exists: a report without it has no key-figures page. */
  figures?: { path: string; file: FiguresFile };
}

/** Ids of every report (a folder with a zh.mdx), sorted. */
export function listReportIds(contentDir: string): string[] {
  const reports = join(contentDir, 'reports');
  if (!existsSync(reports)) return [];
  return readdirSync(reports)
    .sort()
    .flatMap((region) =>
      readdirSync(join(reports, region))
        .sort()
        .filter((year) => existsSync(join(reports, region, year, 'zh.mdx')))
        .map((year) => `${region}/${year}`),
    );
}

/** Every report, read and checked. */
export function readReports(contentDir: string, language = 'en'): ReportOnDisk[] {
  return listReportIds(contentDir).map((id) => readReport(contentDir, id, language));
}

/** One report by id, with its translation into `language` if there is one. */
export function readReport(contentDir: string, id: string, language = 'en'): ReportOnDisk {
  const dir = join(contentDir, 'reports', id);
  const bodyPath = join(dir, 'zh.mdx');
  if (!existsSync(bodyPath))
    throw new StoredFileError([`${bodyPath}: error: no such report "${id}" (expected <region>/<year>, e.g. taiyuan-xiaodian/2024)`]);
  const { blocks, problems } = parseBlocks(readFileSync(bodyPath, 'utf8'));
  if (problems.length > 0) throw new StoredFileError(problems.map((problem) => `${bodyPath}:${problem.line}: error: ${problem.message}`));

  const reportPath = join(dir, 'report.json');
  const report = readStoredFile(reportFileSchema, reportPath, 'ingest writes it beside zh.mdx');
  const [region = '', year = ''] = id.split('/');
  const misfiled = [
    ...(report.region === region ? [] : [`${reportPath}: error: region: "${report.region}", but the report is in reports/${region}/`]),
    ...(String(report.year) === year
      ? []
      : [`${reportPath}: error: year: ${report.year}, but the report is in reports/${region}/${year}/`]),
  ];
  if (misfiled.length > 0) throw new StoredFileError(misfiled);

  const glossaryPath = join(dir, 'glossary.json');
  const glossarySchema = glossaryFileSchemaFor(new Set(blocks.map((block) => block.id)));
  const glossary = existsSync(glossaryPath) ? readStoredFile(glossarySchema, glossaryPath, 'ingest writes it') : [];

  const translationPath = join(dir, `${language}.json`);
  const result: ReportOnDisk = { id, dir, report, blocks, glossary, translationPath };
  const figuresPath = join(dir, 'figures.json');
  if (existsSync(figuresPath)) {
    const figures = readStoredFile(figuresFileSchema, figuresPath, 'npm run figures -- extract writes it');
    // A figure links to its paragraph: one whose paragraph is gone would be a dead link on the key-figures page.
    const ids = new Set(blocks.map((block) => block.id));
    const lost = figures.figures.flatMap((figure, index) =>
      ids.has(figure.block) ? [] : [`${figuresPath}: error: figures[${index}].block: "${figure.block}" is not a block of zh.mdx`],
    );
    if (lost.length > 0) throw new StoredFileError(lost);
    result.figures = { path: figuresPath, file: figures };
  }
  if (existsSync(translationPath)) {
    const raw = readFileSync(translationPath, 'utf8');
    result.translation = { raw, file: parseStoredFile(translationFileSchema, raw, translationPath) };
  }
  return result;
}
