/**
 * npm run translate -- skeleton <region>/<year> [--lang en] [--min-match 85]
 *                                        create or refresh en.json: blocks without English are drafted from the
 *                                        translation memory (the other reports' English), the rest left empty
 * npm run translate -- status                                show progress of every report
 * npm run translate -- check [<region>/<year>]               ids, stale blocks, figures, term base
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
import { checkTranslation } from './lib/translate/check.ts';
import { draftFromMemory, parseMinMatch } from './lib/translate/memory/skeleton-memory.ts';
import { buildSkeleton } from './lib/translate/skeleton.ts';
import { isExchangeCommand, runExchange } from './lib/translate/xliff/exchange-command.ts';
import { formatStatus, reportStatus } from './lib/translate/status.ts';

const USAGE =
  'usage: npm run translate -- <skeleton <region>/<year> [--min-match 85] | status | check [<region>/<year>] | export <region>/<year> | import <file> | tmx> [--content <dir>] [--lang en]';

function main(argv: string[]): number {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      content: { type: 'string', default: resolve(import.meta.dirname, '..', 'content') },
      lang: { type: 'string', default: 'en' },
      'min-match': { type: 'string', default: '85' },
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
