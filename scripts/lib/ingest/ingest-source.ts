/**
 * The ingest pipeline as a pure function of the source bytes and the previous
 * output: decode → parse → stable ids → glossary markers → files to write.
 * It returns the files; writing them (all or nothing) is write-output.ts's job.
 */
import { formatBlocks, parseBlocks, type StoredBlock } from '../../../src/lib/block-syntax.ts';
import { Diagnostics, IngestError, type Diagnostic } from './diagnostics.ts';
import { attachMarkers, type GlossaryEntry } from './glossary.ts';
import { findOddities, type Oddity } from './oddities.ts';
import { parseReport } from './parse-report.ts';
import { decodeSource } from './read-source.ts';
import { deriveRegions, mergeRegions, type Region } from './region.ts';
import type { Repair } from './repairs.ts';
import { renderIngestReport } from './render-ingest-report.ts';
import { assignStableIds } from './stable-ids.ts';

export interface IngestInput {
  /** Path as given on the command line, used in messages. */
  sourceName: string;
  /** File name for the copy kept in `sources/`. */
  sourceFileName: string;
  bytes: Uint8Array;
  region: string;
  year: number;
  /** The report's current `zh.mdx`, if it was ingested before. */
  previousBody?: string | undefined;
  /** The current `regions.json` content, if any. */
  previousRegions?: string | undefined;
}

export interface IngestResult {
  /** Files to write, by path relative to the output folder. */
  files: Map<string, string | Uint8Array>;
  diagnostics: Diagnostic[];
  repairs: Repair[];
  oddities: Oddity[];
  addedRegions: string[];
  reportDir: string;
}

export async function ingestSource(input: IngestInput): Promise<IngestResult> {
  const diagnostics = new Diagnostics(input.sourceName);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(input.region))
    diagnostics.error(0, `--region "${input.region}" must be a lowercase slug such as taiyuan-xiaodian`);
  if (!Number.isInteger(input.year) || input.year < 1949 || input.year > 2100)
    diagnostics.error(0, `--year "${input.year}" must be a year such as 2024`);
  const source = await decodeSource(input.bytes, diagnostics);
  const parsed = source ? parseReport(source.text, diagnostics) : undefined;
  if (!source || !parsed || diagnostics.hasErrors) throw new IngestError(diagnostics.items);

  const { titleBlock, body, glossary, repairs } = parsed;
  if (Number(titleBlock.deliveredOn.slice(0, 4)) !== input.year) {
    diagnostics.warning(titleBlock.lines[1] ?? 0, `the report was delivered on ${titleBlock.deliveredOn} but --year is ${input.year}`);
  }
  const previous: StoredBlock[] = input.previousBody ? parseBlocks(input.previousBody).blocks : [];
  const ids = assignStableIds(body, previous);
  const blocks = body.map((block, index) => ({ ...block, id: ids[index] ?? '' }));
  attachMarkers(blocks, glossary, diagnostics, repairs);
  if (diagnostics.hasErrors) throw new IngestError(diagnostics.items);

  const oddities = findOddities(blocks);
  // Rendered before the region step: its warnings concern regions.json, not this
  // report, and would make a second ingest of the same file differ from the first.
  const ingestReport = renderIngestReport({
    sourceName: input.sourceFileName,
    sha256: source.sha256,
    blocks,
    glossary,
    repairs,
    oddities,
    diagnostics: [...diagnostics.items],
  });
  const existingRegions: Region[] = input.previousRegions ? (JSON.parse(input.previousRegions) as Region[]) : [];
  const { regions, added } = mergeRegions(existingRegions, deriveRegions(input.region, titleBlock.place));
  for (const id of added)
    diagnostics.warning(
      0,
      `region "${id}" was added to regions.json with names derived from "${titleBlock.place}"; check its English name`,
    );

  const reportDir = `reports/${input.region}/${input.year}`;
  const report = {
    region: input.region,
    year: input.year,
    title: titleBlock.title,
    dateline: titleBlock.dateline,
    deliveredOn: titleBlock.deliveredOn,
    place: titleBlock.place,
    occasion: titleBlock.occasion,
    byline: titleBlock.byline,
    speaker: { name: titleBlock.speaker, role: titleBlock.role },
    language: 'zh-CN',
    source: { file: `sources/${input.sourceFileName}`, sha256: source.sha256 },
  };
  const files = new Map<string, string | Uint8Array>();
  files.set(`sources/${input.sourceFileName}`, input.bytes);
  files.set('regions.json', json(regions));
  files.set(`${reportDir}/report.json`, json(report));
  files.set(`${reportDir}/zh.mdx`, formatBlocks(blocks));
  files.set(`${reportDir}/glossary.json`, json(glossary.map(toStoredEntry)));
  files.set(`${reportDir}/ingest-report.md`, ingestReport);
  return { files, diagnostics: diagnostics.items, repairs, oddities, addedRegions: added, reportDir };
}

function toStoredEntry(entry: GlossaryEntry) {
  return { n: entry.n, key: entry.key, term: entry.term, definition: entry.definition, uses: entry.uses };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
