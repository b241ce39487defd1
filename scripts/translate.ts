/**
 * npm run translate -- skeleton <region>/<year> [--lang en] [--min-match 85]
 *                                        create or refresh en.json: blocks without English are drafted from the
 *                                        translation memory (the other reports' English), the rest left empty
 * npm run translate -- status                                show progress of every report
 * npm run translate -- check [<region>/<year>]               ids, stale blocks, figures, term base
 * npm run translate -- revise <region>/<year> <id> --en <text> | --en-file <file>
 *     [--kind correction|wording] [--note <for readers>] [--state <state>] [--field term|definition|source]
 *                                                            change one block's (or glossary:<key>'s) English,
 *                                                            listed on the changes page if it was published
 * npm run translate -- export | import | tmx …               exchange with CAT tools (XLIFF, TMX): scripts/lib/translate/xliff/exchange-command.ts
 *
 * Options: --content <dir> (default: ./content).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listReportIds, readReport } from '../src/content/report-files-fs.ts';
import { writeStoredFile } from '../src/content/stored-file-fs.ts';
import { readTermBase } from '../src/content/termbase-fs.ts';
import { translationFileSchema } from '../src/schemas/translation-file.ts';
import { readFileSync } from 'node:fs';
import { checkTranslation } from './lib/translate/check.ts';
import { draftFromMemory, parseMinMatch } from './lib/translate/memory/skeleton-memory.ts';
import { reviseTranslation } from './lib/translate/revise-command.ts';
import { today } from './lib/translate/revise.ts';
import { buildSkeleton } from './lib/translate/skeleton.ts';
import { isExchangeCommand, runExchange } from './lib/translate/xliff/exchange-command.ts';
import { formatStatus, reportStatus } from './lib/translate/status.ts';

const USAGE =
  'usage: npm run translate -- <skeleton <region>/<year> [--min-match 85] | status | check [<region>/<year>] | revise <region>/<year> <id> --en <text> | export <region>/<year> | import <file> | tmx> [--content <dir>] [--lang en]';

/** An option that takes one of a few values: the value, or undefined when not given; anything else is refused. */
function parseChoice<T extends string>(value: string | undefined, choices: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value)) throw new Error(`${option}: expected ${choices.join(' or ')}, got "${value}"`);
  return value as T;
}

function main(argv: string[]): number {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      content: { type: 'string', default: resolve(import.meta.dirname, '..', 'content') },
      lang: { type: 'string', default: 'en' },
      'min-match': { type: 'string', default: '85' },
      // revise
      en: { type: 'string' },
      'en-file': { type: 'string' },
      kind: { type: 'string' },
      note: { type: 'string' },
      state: { type: 'string' },
      field: { type: 'string' },
      date: { type: 'string' },
    },
  });
  const [command, target] = positionals;
  const contentDir = resolve(values.content);
  if (command === 'skeleton' && target) {
    const minMatch = parseMinMatch(values['min-match']);
    const report = readReport(contentDir, target, values.lang);
    const { file, dropped } = buildSkeleton(report, values.lang);
    const drafts = draftFromMemory(file, report, contentDir, minMatch);
    writeStoredFile(translationFileSchema, file, report.translationPath);
    for (const id of dropped)
      console.warn(`${report.translationPath}: warning: dropped the translation of ${id}, which no longer exists in zh.mdx`);
    const written = readReport(contentDir, target, values.lang);
    for (const line of drafts.warnings(written.translation?.raw ?? '')) console.warn(line);
    console.log(drafts.summary);
    console.log(formatStatus(reportStatus(written)));
    console.log(`wrote ${report.translationPath}`);
    return 0;
  }
  if (command === 'revise' && target && positionals[2]) {
    const report = readReport(contentDir, target, values.lang);
    const en = values['en-file'] === undefined ? values.en : readFileSync(values['en-file'], 'utf8').trimEnd();
    if (en === undefined) throw new Error('revise: give the new English with --en <text> or --en-file <file>');
    const { file, errors } = reviseTranslation(report, readTermBase(contentDir), {
      id: positionals[2],
      en,
      date: values.date ?? today(),
      kind: parseChoice(values.kind, ['correction', 'wording'], '--kind'),
      note: values.note,
      state: parseChoice(values.state, ['initial', 'translated', 'reviewed', 'final'], '--state'),
      field: parseChoice(values.field, ['term', 'definition', 'source'], '--field'),
    });
    for (const error of errors) console.error(error);
    if (errors.length > 0) {
      console.error(`revise: nothing written to ${report.translationPath}`);
      return 1;
    }
    writeStoredFile(translationFileSchema, file, report.translationPath);
    console.log(`wrote ${report.translationPath}`);
    return 0;
  }
  if (command === 'status') {
    for (const id of listReportIds(contentDir)) console.log(formatStatus(reportStatus(readReport(contentDir, id, values.lang))));
    return 0;
  }
  if (command === 'check') {
    const termBase = readTermBase(contentDir);
    let errors = 0;
    for (const id of target ? [target] : listReportIds(contentDir)) {
      for (const problem of checkTranslation(readReport(contentDir, id, values.lang), termBase)) {
        if (problem.severity === 'error') errors++;
        console.error(problem.text);
      }
    }
    console.log(errors === 0 ? 'translation check: no errors' : `translation check: ${errors} error(s)`);
    return errors === 0 ? 0 : 1;
  }
  console.error(USAGE);
  return 2;
}

try {
  const argv = process.argv.slice(2);
  process.exitCode = isExchangeCommand(argv[0]) ? await runExchange(argv) : main(argv);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
