/** Where a report's files live, and reading its Chinese blocks and translation. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBlocks, type StoredBlock } from '../../../src/lib/block-syntax.ts';
import { parseTranslationFile, type TranslationFile } from '../../../src/lib/translation-file.ts';

export interface ReportOnDisk {
  /** e.g. taiyuan-xiaodian/2024 */
  id: string;
  dir: string;
  blocks: StoredBlock[];
  glossary: { n: number; key: string; term: string; definition: string }[];
  translationPath: string;
  /** The raw translation file and its parsed form, if it exists. */
  translation?: { raw: string; file: TranslationFile };
}

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

export function readReport(contentDir: string, id: string, language = 'en'): ReportOnDisk {
  const dir = join(contentDir, 'reports', id);
  const bodyPath = join(dir, 'zh.mdx');
  if (!existsSync(bodyPath))
    throw new Error(`${bodyPath}: error: no such report "${id}" (expected <region>/<year>, e.g. taiyuan-xiaodian/2024)`);
  const { blocks, problems } = parseBlocks(readFileSync(bodyPath, 'utf8'));
  if (problems.length > 0) throw new Error(problems.map((problem) => `${bodyPath}:${problem.line}: error: ${problem.message}`).join('\n'));
  const glossaryPath = join(dir, 'glossary.json');
  const glossary = existsSync(glossaryPath) ? JSON.parse(readFileSync(glossaryPath, 'utf8')) : [];
  const translationPath = join(dir, `${language}.json`);
  const report: ReportOnDisk = { id, dir, blocks, glossary, translationPath };
  if (existsSync(translationPath)) {
    const raw = readFileSync(translationPath, 'utf8');
    report.translation = { raw, file: parseTranslationFile(raw, translationPath) };
  }
  return report;
}
