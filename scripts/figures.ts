/**
 * npm run figures -- extract <region>/<year>     write figures.json beside the report (reviewed figures kept)
 * npm run figures -- check [<region>/<year>]     check every figures.json (or one) against its report
 *
 * Options: --content <dir> (default: ./content). See README "Key figures".
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { figuresPath, readFigures } from '../src/content/figures-fs.ts';
import { readIndicators } from '../src/content/indicators-fs.ts';
import { listReportIds, readReport } from '../src/content/report-files-fs.ts';
import { writeStoredFile } from '../src/content/stored-file-fs.ts';
import { figuresFileSchema } from '../src/schemas/figures-file.ts';
import { checkReportFigures, reextract, summarise } from './lib/figures/report-figures.ts';

const USAGE = 'usage: npm run figures -- <extract <region>/<year> | check [<region>/<year>]> [--content <dir>]';

function main(argv: string[]): number {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { content: { type: 'string', default: resolve(import.meta.dirname, '..', 'content') } },
  });
  const [command, target, ...rest] = positionals;
  const contentDir = resolve(values.content);
  if (rest.length > 0) throw new Error(`unexpected argument "${rest.join(' ')}"\n${USAGE}`);

  if (command === 'extract' && target !== undefined) {
    const indicators = readIndicators(contentDir);
    const report = readReport(contentDir, target);
    const path = figuresPath(report.dir);
    const merged = reextract(report, readFigures(report.dir), indicators);
    writeStoredFile(figuresFileSchema, { figures: merged.figures }, path);
    for (const line of summarise(target, merged)) console.log(line);
    console.log(`wrote ${path}`);
    return 0;
  }
  if (command === 'check') {
    const indicators = readIndicators(contentDir);
    let problems = 0;
    let checked = 0;
    for (const id of target !== undefined ? [target] : listReportIds(contentDir)) {
      const report = readReport(contentDir, id);
      const file = readFigures(report.dir);
      if (!file) {
        if (target !== undefined) throw new Error(`${figuresPath(report.dir)}: error: missing; run npm run figures -- extract ${id}`);
        continue;
      }
      checked++;
      for (const line of checkReportFigures(report, file, figuresPath(report.dir), indicators)) {
        problems++;
        console.error(line);
      }
    }
    console.log(problems === 0 ? `figures check: ${String(checked)} report(s), no errors` : `figures check: ${String(problems)} error(s)`);
    return problems === 0 ? 0 : 1;
  }
  console.error(USAGE);
  return 2;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
