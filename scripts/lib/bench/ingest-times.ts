/**
 * How long ingest takes, as a maintainer runs it (`node scripts/ingest.ts`,
 * Node start-up included) and in process (the pipeline alone, warm): the real
 * 2024 source, and a 30,000-character report in each input kind (PDF-extract
 * Markdown, web text, HTML page) made from the real report's paragraphs
 * (synthetic-report.ts), and that report as the government's own files: a
 * PDF printed in the official layout and a Word document (ingest/testing/).
 * Medians of several runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { reservedRegionSlugs } from '../../../src/content/reserved-slugs-fs.ts';
import { parseBlocks } from '../../../src/lib/block-syntax.ts';
import { ingestSource } from '../ingest/ingest-source.ts';
import { officialDocx } from '../ingest/testing/official-docx.ts';
import { printOfficialPdf, type OfficialDocument } from '../ingest/testing/official-layout.ts';
import { median } from './stats.ts';
import { syntheticReport } from './synthetic-report.ts';
import type { WorkDir } from './work-dir.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const REAL_SOURCE = join(ROOT, 'content/sources/taiyuan-xiaodian-2024.zh.md');
const SYNTHETIC_CHARACTERS = 30_000;

export interface IngestTimeFigures {
  file: string;
  kind: string;
  characters: number;
  /** Median wall time of the command, Node start-up included. */
  commandMs: number;
  /** Median time of the pipeline in process (warm). */
  pipelineMs: number;
}

export async function measureIngestTimes(work: WorkDir, runs: number): Promise<IngestTimeFigures[]> {
  const dir = work.path('ingest');
  mkdirSync(dir, { recursive: true });
  const real = readFileSync(REAL_SOURCE, 'utf8');
  const inputs = [{ file: REAL_SOURCE, text: real }];
  for (const kind of ['md', 'txt', 'html'] as const) {
    const file = join(dir, `synthetic-2024.${kind}`);
    const text = syntheticReport(real, SYNTHETIC_CHARACTERS, kind);
    writeFileSync(file, text);
    inputs.push({ file, text });
  }
  const reservedSlugs = reservedRegionSlugs();
  const official = await officialDocumentOf(join(dir, 'synthetic-2024.md'), reservedSlugs);
  const text = official.blocks.map((block) => block.markdown).join('\n');
  for (const [kind, bytes] of [
    ['pdf', await printOfficialPdf(official)],
    ['docx', await officialDocx(official)],
  ] as const) {
    const file = join(dir, `synthetic-2024.${kind}`);
    writeFileSync(file, bytes);
    inputs.push({ file, text });
  }
  const figures: IngestTimeFigures[] = [];
  for (const input of inputs) {
    const out = join(dir, 'out');
    const commandMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const result = spawnSync(
        process.execPath,
        [join(ROOT, 'scripts/ingest.ts'), input.file, '--region', 'bench-region', '--year', '2024', '--out', out],
        { encoding: 'utf8' },
      );
      commandMs.push(performance.now() - started);
      if (result.status !== 0) throw new Error(`ingest of ${input.file} failed:\n${result.stderr}`);
    }
    const bytes = readFileSync(input.file);
    const pipelineMs: number[] = [];
    let kind = '';
    for (let run = 0; run < runs + 1; run++) {
      const started = performance.now();
      const result = await ingestSource({
        sourceName: input.file,
        sourceFileName: input.file.split('/').pop() ?? 'x',
        bytes,
        region: 'bench-region',
        year: 2024,
        reservedSlugs,
      });
      // The first run loads and compiles the modules; it is not counted.
      if (run > 0) pipelineMs.push(performance.now() - started);
      kind = result.kind;
    }
    figures.push({
      file: input.file === REAL_SOURCE ? 'the 2024 source (content/sources)' : `synthetic report (.${input.file.split('.').pop()})`,
      kind,
      characters: (input.text.match(/[\u3400-\u9fff]/g) ?? []).length,
      commandMs: median(commandMs),
      pipelineMs: median(pipelineMs),
    });
  }
  return figures;
}

/** The synthetic report's blocks, as ingest reads them from its Markdown, laid out as the government's files. */
async function officialDocumentOf(markdownFile: string, reservedSlugs: ReturnType<typeof reservedRegionSlugs>): Promise<OfficialDocument> {
  const result = await ingestSource({
    sourceName: markdownFile,
    sourceFileName: 'synthetic-2024.md',
    bytes: readFileSync(markdownFile),
    region: 'bench-region',
    year: 2024,
    reservedSlugs,
  });
  const file = (suffix: string) => String([...result.files].find(([path]) => path.endsWith(suffix))?.[1] ?? '');
  const report = JSON.parse(file('report.json')) as { title: string; dateline: string; byline: string };
  return {
    title: report.title,
    dateline: [report.dateline],
    byline: report.byline,
    blocks: [
      ...parseBlocks(file('zh.mdx')).blocks.map((block) => ({
        kind: block.kind === 'heading' ? ('heading' as const) : ('paragraph' as const),
        depth: block.kind === 'heading' ? block.depth : undefined,
        markdown: block.markdown,
      })),
      ...glossaryBlocks(JSON.parse(file('glossary.json') || '[]') as { term: string; definition: string }[]),
    ],
  };
}

/** A 名词解释 part with the entries, if there are any. */
function glossaryBlocks(entries: { term: string; definition: string }[]): OfficialDocument['blocks'] {
  if (entries.length === 0) return [];
  return [
    { kind: 'heading', depth: 2, markdown: '名词解释' },
    ...entries.map((entry, index) => ({
      kind: 'paragraph' as const,
      markdown: `${index + 1}\\. ${entry.term}：${entry.definition}`,
    })),
  ];
}
