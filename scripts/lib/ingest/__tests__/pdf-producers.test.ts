/**
 * PDFs of one invented report made by LibreOffice (from Word files) and
 * ReportLab (pdf-producers/README.md) ingest to the blocks, title block and
 * glossary of the same report written as Markdown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { reservedRegionSlugs } from '../../../../src/content/reserved-slugs-fs.ts';
import { parseBlocks } from '../../../../src/lib/block-syntax.ts';
import type { GlossaryFile } from '../../../../src/schemas/glossary-file.ts';
import { ingestSource, type IngestResult } from '../ingest-source.ts';
import { withoutSpacesAroundHan, writtenFile } from './ingest-helpers.ts';

const DIR = join(import.meta.dirname, 'pdf-producers');
const reservedSlugs = reservedRegionSlugs();

const ingest = (name: string) =>
  ingestSource({
    region: 'qingchuan-liuxi',
    year: 2025,
    reservedSlugs,
    sourceName: name,
    sourceFileName: name,
    bytes: readFileSync(join(DIR, name)),
  });

function reading(result: IngestResult) {
  const report = JSON.parse(writtenFile(result, 'report.json')) as { title: string; dateline: string; byline: string; deliveredOn: string };
  const glossary = JSON.parse(writtenFile(result, 'glossary.json')) as GlossaryFile;
  return {
    titleBlock: [report.title, report.dateline, report.byline, report.deliveredOn].map(withoutSpacesAroundHan),
    blocks: parseBlocks(writtenFile(result, 'zh.mdx')).blocks.map(
      (block) => `${block.id} ${block.kind} ${withoutSpacesAroundHan(block.markdown)}`,
    ),
    glossary: glossary.map((entry) => [
      withoutSpacesAroundHan(entry.term),
      withoutSpacesAroundHan(entry.definition),
      entry.uses.map((use) => use.block),
    ]),
  };
}

let expected: ReturnType<typeof reading>;
beforeAll(async () => {
  expected = reading(await ingest('expected.zh.md'));
});

test.each(['lo-footnotes.pdf', 'lo-hanging.pdf', 'rl-perchar.pdf'])('%s ingests to the report as written', async (name) => {
  const result = await ingest(name);
  expect(result.kind).toBe('pdf');
  const actual = reading(result);
  expect(actual.blocks.length).toBeGreaterThan(20);
  expect(actual.titleBlock).toEqual(expected.titleBlock);
  expect(actual.blocks).toEqual(expected.blocks);
  expect(actual.glossary).toEqual(expected.glossary);
});
