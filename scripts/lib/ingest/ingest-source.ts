/**
 * The ingest pipeline as a pure function of the source bytes and the previous
 * output: detect the kind → decode → read lines → parse the genre → stable ids
 * → glossary markers → fidelity check → files to write. It returns the files;
 * writing them (all or nothing) is write-output.ts's job. The JSON files are
 * checked against the schemas the site reads them with (src/schemas/), so a
 * bug here fails the ingest instead of writing content the build refuses.
 */
import { formatBlocks, parseBlocks, type StoredBlock } from '../../../src/lib/block-syntax.ts';
import { glossaryFileSchemaFor, type GlossaryFileInput } from '../../../src/schemas/glossary-file.ts';
import { regionSlugSchema } from '../../../src/schemas/ids.ts';
import { regionsFileSchemaFor, reservedSlugMessage, type Region } from '../../../src/schemas/region.ts';
import { reportFileSchema, type ReportFileInput } from '../../../src/schemas/report-file.ts';
import { stringifyStoredFile, StoredFileError } from '../../../src/schemas/stored-file.ts';
import { Diagnostics, IngestError, type Diagnostic } from './diagnostics.ts';
import { checkFidelity } from './fidelity.ts';
import { readSourceLines } from './formats/read-source-lines.ts';
import { attachMarkers, inferUses, type GlossaryEntry } from './glossary.ts';
import { findOddities, type Oddity } from './oddities.ts';
import { parseReport } from './parse-report.ts';
import type { SourceKind } from './source-line.ts';
import type { TitleBlockOverrides } from './title-block.ts';
import { deriveRegions, mergeRegions } from './region.ts';
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
  /** The regions of the current `regions.json`, if any (read by src/content/regions-fs.ts). */
  previousRegions?: readonly Region[] | undefined;
  /**
   * Slugs the site uses itself (slug → what uses it; src/content/reserved-slugs-fs.ts),
   * which no region may take.
   */
  reservedSlugs: ReadonlyMap<string, string>;
  /** What the source lacks and the maintainer gives: --title, --speaker, --delivered-on, --region-name. */
  overrides?: TitleBlockOverrides;
}

export interface IngestResult {
  /** Files to write, by path relative to the output folder. */
  files: Map<string, string | Uint8Array>;
  diagnostics: Diagnostic[];
  repairs: Repair[];
  oddities: Oddity[];
  addedRegions: string[];
  reportDir: string;
  /** The kind of source the file was read as. */
  kind: SourceKind;
}

export async function ingestSource(input: IngestInput): Promise<IngestResult> {
  const diagnostics = new Diagnostics(input.sourceName);
  const reservedBy = input.reservedSlugs.get(input.region);
  if (!regionSlugSchema.safeParse(input.region).success)
    diagnostics.error(0, `--region "${input.region}" must be a lowercase slug such as taiyuan-xiaodian`);
  else if (reservedBy !== undefined) diagnostics.error(0, `--region ${reservedSlugMessage(input.region, reservedBy)}`);
  if (!Number.isInteger(input.year) || input.year < 1949 || input.year > 2100)
    diagnostics.error(0, `--year "${input.year}" must be a year such as 2024`);
  const source = await readSourceLines(input.sourceFileName, input.bytes, diagnostics);
  const parsed = source ? parseReport(source.lines, source.kind, diagnostics, input.overrides) : undefined;
  if (source?.kind === 'html' && !parsed && !diagnostics.items.some((item) => item.message.includes('second report')))
    diagnostics.error(0, 'this HTML page holds no report (an index page or a news item?): the errors above say what was missing');
  if (!source || !parsed || diagnostics.hasErrors()) throw new IngestError(diagnostics.items);

  const { titleBlock, body, glossary, repairs } = parsed;
  repairs.unshift(...source.repairs);
  const deliveredYear = Number(titleBlock.deliveredOn.slice(0, 4));
  // Reports are often delivered in December of the year before the one they plan.
  const december = deliveredYear === input.year - 1 && titleBlock.deliveredOn.slice(5, 7) === '12';
  if (deliveredYear !== input.year && !december) {
    diagnostics.warning(
      titleBlock.lines[1] ?? titleBlock.lines[0] ?? 0,
      `the report was delivered on ${titleBlock.deliveredOn} but --year is ${input.year}`,
    );
  }
  const previous: StoredBlock[] = input.previousBody ? parseBlocks(input.previousBody).blocks : [];
  const ids = assignStableIds(body, previous);
  const blocks = body.map((block, index) => ({ ...block, id: ids[index] ?? '' }));
  const hadMarkers = blocks.some((block) => block.markdown.includes('<sup>['));
  attachMarkers(blocks, glossary, diagnostics, repairs);
  inferUses(blocks, glossary, repairs);
  for (const entry of glossary) {
    const inferred = entry.uses.some((use) => use.inferred);
    if (entry.uses.length === 0)
      diagnostics.warning(
        entry.line,
        `glossary entry ${entry.n} ${entry.term} is never referenced: no marker, and the term does not occur in the text`,
      );
    else if (inferred && hadMarkers)
      diagnostics.warning(
        entry.line,
        `glossary entry ${entry.n} ${entry.term} is never referenced by a <sup>[${entry.n}]</sup> marker in the text; tied to the first occurrence of its term (inferred)`,
      );
  }
  for (const kept of repairs.filter((repair) => repair.kind === 'heading-like-kept')) diagnostics.warning(kept.line, kept.detail);
  const splits = repairs.filter((repair) => repair.kind === 'heading-split');
  if (splits.length > 0)
    diagnostics.warning(
      0,
      `${splits.length} numbered lines were split into a heading and the paragraph that followed it on the same line (lines ${splits.map((r) => r.line).join(', ')}); if they were bold lead sentences in the original, join them back in zh.mdx`,
    );
  const keptBreaks = repairs.filter((repair) => repair.kind === 'paragraph-break-kept' || repair.kind === 'wrap-after-sentence-end');
  if (keptBreaks.length > 0)
    diagnostics.warning(
      0,
      `${keptBreaks.length} breaks after a sentence end could be either a paragraph end or a page or line wrap (lines ${keptBreaks.map((r) => r.line).join(', ')}); see ingest-report.md and check them against the original`,
    );
  const bodyFailure = checkFidelity(
    parsed.bodyLines,
    blocks.map((block) => block.markdown),
  );
  const glossaryFailure = checkFidelity(
    parsed.glossaryLines.map((line) => ({
      line: line.line,
      markdown: glossary.some((e) => e.line === line.line) ? stripEntryNumber(line.markdown) : line.markdown,
    })),
    glossary.map((entry) => `${entry.term}${entry.separator}${entry.definition}`),
  );
  for (const failure of [bodyFailure, glossaryFailure])
    if (failure) diagnostics.error(failure.line, `fidelity check failed, nothing was written: ${failure.message}`);
  if (diagnostics.hasErrors()) throw new IngestError(diagnostics.items);

  const oddities = findOddities(blocks);
  // Rendered before the region step: its warnings concern regions.json, not this
  // report, and would make a second ingest of the same file differ from the first.
  const ingestReport = renderIngestReport({
    sourceName: input.sourceFileName,
    sourceKind: source.kindLabel,
    encoding: source.encoding,
    sha256: source.sha256,
    blocks,
    glossary,
    repairs,
    oddities,
    diagnostics: [...diagnostics.items],
  });
  const existingRegions = [...(input.previousRegions ?? [])];
  // 在县十届人大二次会议上 names no place: the region must be known or given.
  const place = titleBlock.place || existingRegions.find((region) => region.id === input.region)?.name.zh || '';
  if (!place) {
    diagnostics.error(
      titleBlock.lines[0] ?? 0,
      `the dateline names no place (“${titleBlock.dateline}”) and region "${input.region}" is not in regions.json; give its name with --region-name 和顺县`,
    );
    throw new IngestError(diagnostics.items);
  }
  const { regions, added } = mergeRegions(existingRegions, deriveRegions(input.region, input.overrides?.regionName ?? place));
  for (const id of added)
    diagnostics.warning(0, `region "${id}" was added to regions.json with names derived from "${place}"; check its English name`);

  const reportDir = `reports/${input.region}/${input.year}`;
  const report: ReportFileInput = {
    region: input.region,
    year: input.year,
    title: titleBlock.title,
    dateline: titleBlock.dateline,
    deliveredOn: titleBlock.deliveredOn,
    place,
    occasion: titleBlock.occasion,
    byline: titleBlock.byline,
    ...(titleBlock.header ? { header: titleBlock.header } : {}),
    speaker: { name: titleBlock.speaker, role: titleBlock.role },
    language: 'zh-CN',
    source: { file: `sources/${input.sourceFileName}`, sha256: source.sha256 },
  };
  const files = new Map<string, string | Uint8Array>();
  try {
    files.set(`sources/${input.sourceFileName}`, input.bytes);
    files.set('regions.json', stringifyStoredFile(regionsFileSchemaFor(input.reservedSlugs), regions, 'regions.json'));
    files.set(`${reportDir}/report.json`, stringifyStoredFile(reportFileSchema, report, `${reportDir}/report.json`));
    files.set(`${reportDir}/zh.mdx`, formatBlocks(blocks));
    const glossarySchema = glossaryFileSchemaFor(new Set(blocks.map((block) => block.id)));
    files.set(`${reportDir}/glossary.json`, stringifyStoredFile(glossarySchema, glossary.map(toStoredEntry), `${reportDir}/glossary.json`));
    files.set(`${reportDir}/ingest-report.md`, ingestReport);
  } catch (error) {
    if (!(error instanceof StoredFileError)) throw error;
    for (const problem of error.problems)
      diagnostics.error(0, `ingest made a file the site would refuse, so nothing was written: ${problem}`);
    throw new IngestError(diagnostics.items);
  }
  return { files, diagnostics: diagnostics.items, repairs, oddities, addedRegions: added, reportDir, kind: source.kind };
}

/** Only what glossary.json stores, in its order: the source lines and separator are ingest's own. */
function toStoredEntry(entry: GlossaryEntry): GlossaryFileInput[number] {
  return { n: entry.n, key: entry.key, term: entry.term, definition: entry.definition, uses: entry.uses };
}

/** The entry number (1. （1） [1] …) is list markup, not text. */
function stripEntryNumber(markdown: string): string {
  return markdown.replace(/^(?:\d{1,3}\s*\\?[.．、]|[（(]\s*\d{1,3}\s*[）)]|[[［〔【]\s*\d{1,3}\s*[\]］〕】]|[①-⑳])/, '');
}
