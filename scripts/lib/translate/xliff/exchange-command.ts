/**
 * The exchange subcommands of `npm run translate` (scripts/translate.ts hands
 * them their arguments):
 *
 *     export <region>/<year> [--xliff 1.2|2.0|2.1] [--out <file>|-]   a report as XLIFF (1.2 by default)
 *     import <file> [--report <region>/<year>] [--date YYYY-MM-DD]     an XLIFF file back into en.json
 *     tmx [--jsonl] [--out <file>|-]                                   the aligned corpus as TMX 1.4b or JSON Lines
 *
 * Common options: --content <dir> (default ./content), --lang en.
 * export writes `<region>-<year>.<lang>.xlf` in the current folder unless --out
 * says otherwise (`-` is standard output); tmx writes `baogao-corpus.tmx` (or
 * `.jsonl`). Files are written through a temporary file, so never half.
 * Relative paths are the caller's: npm runs scripts in the project folder and
 * says in INIT_CWD where it was called from.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readReport, readReports } from '../../../../src/content/report-files-fs.ts';
import { writeStoredFile } from '../../../../src/content/stored-file-fs.ts';
import { readTermBase } from '../../../../src/content/termbase-fs.ts';
import { translationFileSchema } from '../../../../src/schemas/translation-file.ts';
import { alignedPairs, formatJsonLines, formatTmx } from '../corpus-export.ts';
import { today } from '../revise.ts';
import { exportXliff } from './export-xliff.ts';
import { importXliff, ImportRefused } from './import-xliff.ts';
import type { XliffVersion } from './inline-elements.ts';

export const EXCHANGE_COMMANDS = ['export', 'import', 'tmx'] as const;

export function isExchangeCommand(command: string | undefined): boolean {
  return (EXCHANGE_COMMANDS as readonly (string | undefined)[]).includes(command);
}

const USAGE = [
  'usage: npm run translate -- export <region>/<year> [--xliff 1.2|2.0|2.1] [--out <file>|-]',
  '       npm run translate -- import <file> [--report <region>/<year>]',
  '       npm run translate -- tmx [--jsonl] [--out <file>|-]',
  '       (and --content <dir>, --lang en)',
].join('\n');

/** A path as the person who typed it meant it: relative to the folder they ran npm in. */
function callersPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

function writeOutput(given: string, text: string): void {
  if (given === '-') {
    process.stdout.write(text);
    return;
  }
  const path = callersPath(given);
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
  console.error(`wrote ${path}`);
}

function xliffVersion(value: string): XliffVersion {
  if (value === '1.2' || value === '2.0' || value === '2.1') return value;
  throw new Error(`--xliff ${value}: the versions written are 1.2 (the default, read by every CAT tool), 2.0 and 2.1`);
}

export async function runExchange(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      content: { type: 'string', default: resolve(import.meta.dirname, '../../../..', 'content') },
      lang: { type: 'string', default: 'en' },
      xliff: { type: 'string', default: '1.2' },
      out: { type: 'string' },
      report: { type: 'string' },
      date: { type: 'string' },
      jsonl: { type: 'boolean', default: false },
    },
  });
  const [command, target] = positionals;
  const contentDir = callersPath(values.content);
  if (command === 'export' && target) {
    const report = readReport(contentDir, target, values.lang);
    const xml = await exportXliff(report, readTermBase(contentDir), xliffVersion(values.xliff), values.lang);
    writeOutput(values.out ?? `${target.replace('/', '-')}.${values.lang}.xlf`, xml);
    return 0;
  }
  if (command === 'import' && target) {
    const date = values.date ?? today();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`--date ${date}: expected YYYY-MM-DD`);
    try {
      const result = importXliff({
        path: callersPath(target),
        contentDir,
        language: values.lang,
        date,
        ...(values.report ? { report: values.report } : {}),
      });
      if (result.value === undefined) {
        console.log(`${target}: no changes; ${result.report.translationPath} left as it was`);
        return 0;
      }
      writeStoredFile(translationFileSchema, result.value, result.report.translationPath);
      for (const line of result.summary) console.log(line);
      console.log(`wrote ${result.report.translationPath} (${String(result.summary.length)} unit(s) changed)`);
      return 0;
    } catch (error) {
      if (!(error instanceof ImportRefused)) throw error;
      for (const problem of error.problems) console.error(problem);
      console.error(`${target}: import refused (${String(error.problems.length)} problem(s)); nothing was written`);
      return 1;
    }
  }
  if (command === 'tmx') {
    const pairs = alignedPairs(readReports(contentDir, values.lang));
    const text = values.jsonl ? formatJsonLines(pairs) : formatTmx(pairs, values.lang);
    writeOutput(values.out ?? `baogao-corpus.${values.jsonl ? 'jsonl' : 'tmx'}`, text);
    return 0;
  }
  console.error(USAGE);
  return 2;
}
