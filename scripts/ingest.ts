/**
 * npm run ingest -- <source-file> --region <slug> --year <year> [--out <dir>]
 *                   [--title …] [--speaker …] [--delivered-on YYYY-MM-DD] [--region-name …]
 *
 * Turns a report as a maintainer gets it (text copied from a web page, a saved
 * HTML page, Markdown extracted from a PDF) into content the site renders:
 * reads the source, repairs its layout, checks that every character arrived,
 * keeps ids stable against the previous ingest, and writes everything or
 * nothing. See scripts/lib/ingest/.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { regionsPath, readRegions } from '../src/content/regions-fs.ts';
import { reservedRegionSlugs } from '../src/content/reserved-slugs-fs.ts';
import type { Region } from '../src/schemas/region.ts';
import { StoredFileError } from '../src/schemas/stored-file.ts';
import { IngestError, formatDiagnostic } from './lib/ingest/diagnostics.ts';
import { ingestSource } from './lib/ingest/ingest-source.ts';
import { readIfExists, writeAllOrNothing } from './lib/ingest/write-output.ts';

const USAGE = [
  'usage: npm run ingest -- <source-file> --region <slug> --year <year> [--out <dir>]',
  '         [--title "2025年政府工作报告"] [--speaker "区长 康建斌"] [--delivered-on 2025-01-08] [--region-name 和顺县]',
  '  <source-file>: .txt/.md (web copy or PDF extract) or .html/.htm (a saved page, UTF-8 or GBK)',
].join('\n');
const DEFAULT_OUT = resolve(import.meta.dirname, '..', 'content');

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        region: { type: 'string' },
        year: { type: 'string' },
        out: { type: 'string' },
        title: { type: 'string' },
        speaker: { type: 'string' },
        'delivered-on': { type: 'string' },
        'region-name': { type: 'string' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  const sourcePath = positionals[0];
  if (positionals.length !== 1 || !sourcePath || !values.region || !values.year) {
    console.error(USAGE);
    return 2;
  }
  const outDir = resolve(values.out ?? DEFAULT_OUT);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(sourcePath);
  } catch (error) {
    console.error(`${sourcePath}: error: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    return 1;
  }
  const reportDir = join(outDir, 'reports', values.region, values.year);
  const reservedSlugs = reservedRegionSlugs();
  let previousRegions: Region[];
  try {
    previousRegions = readRegions(outDir, reservedSlugs);
  } catch (error) {
    if (!(error instanceof StoredFileError)) throw error;
    console.error(`${error.message}\ningest failed: fix ${regionsPath(outDir)} first; nothing was written`);
    return 1;
  }
  try {
    const result = await ingestSource({
      sourceName: sourcePath,
      // Kept under a name of its own: downloads are often all called index.html or content.html.
      sourceFileName: `${values.region}-${values.year}.zh.${extname(sourcePath).slice(1).toLowerCase() || 'txt'}`,
      bytes,
      region: values.region,
      year: Number(values.year),
      previousBody: await readIfExists(join(reportDir, 'zh.mdx')),
      previousRegions,
      reservedSlugs,
      overrides: {
        title: values.title,
        speaker: values.speaker,
        deliveredOn: values['delivered-on'],
        regionName: values['region-name'],
      },
    });
    for (const item of result.diagnostics) console.warn(formatDiagnostic(item));
    await writeAllOrNothing(outDir, result.files);
    const where = relative(process.cwd(), join(outDir, result.reportDir)) || '.';
    console.log(`ingested ${sourcePath} → ${where}/ (${result.repairs.length} repairs; review ${where}/ingest-report.md)`);
    return 0;
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    for (const item of error.diagnostics) console.error(formatDiagnostic(item));
    console.error(`ingest failed: nothing was written to ${outDir}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
