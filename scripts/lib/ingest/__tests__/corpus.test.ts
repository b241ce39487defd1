/**
 * The fixture corpus: invented reports in the shapes real ones come in (see
 * corpus/README.md). Each case's expected.json was written by hand from the
 * source, as an editor reads it, and this one runner checks every case: the
 * title block, the outline, the paragraph count, the glossary and its ties,
 * the furniture removed and the headings split; or, for bad input, the error
 * and the line it names. The fidelity check runs inside every ingest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { reservedRegionSlugs } from '../../../../src/content/reserved-slugs-fs.ts';
import { parseBlocks } from '../../../../src/lib/block-syntax.ts';
import { markdownToPlainText } from '../../../../src/markdown/plain-text.ts';
import { glossaryFileSchema } from '../../../../src/schemas/glossary-file.ts';
import { reportFileSchema } from '../../../../src/schemas/report-file.ts';
import { parseStoredFile } from '../../../../src/schemas/stored-file.ts';
import { IngestError } from '../diagnostics.ts';
import { ingestSource, type IngestResult } from '../ingest-source.ts';

const CORPUS = join(import.meta.dirname, 'corpus');

interface Expected {
  error?: string;
  line?: number;
  format?: string;
  title?: string;
  deliveredOn?: string;
  place?: string;
  occasion?: string;
  byline?: string;
  speaker?: { role: string; name: string };
  outline?: string[];
  paragraphs?: number;
  glossary?: { n: number; term: string; anchor: string; inferred: boolean }[];
  furnitureLines?: number[];
  splits?: number;
}

interface Args {
  region: string;
  year: number;
  extra?: string[];
}

const cases = readdirSync(CORPUS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function overridesFrom(extra: string[] = []) {
  const value = (flag: string) => {
    const at = extra.indexOf(flag);
    return at === -1 ? undefined : extra[at + 1];
  };
  return { title: value('--title'), speaker: value('--speaker'), deliveredOn: value('--delivered-on'), regionName: value('--region-name') };
}

async function ingestCase(name: string): Promise<IngestResult> {
  const dir = join(CORPUS, name);
  const sourceFile = readdirSync(dir).find((file) => file.startsWith('source.'));
  if (!sourceFile) throw new Error(`${name}: no source.* file`);
  const args = JSON.parse(readFileSync(join(dir, 'args.json'), 'utf8')) as Args;
  return ingestSource({
    sourceName: `${name}/${sourceFile}`,
    sourceFileName: `${args.region}-${args.year}.${sourceFile.split('.').pop()}`,
    bytes: readFileSync(join(dir, sourceFile)),
    region: args.region,
    year: args.year,
    overrides: overridesFrom(args.extra),
    reservedSlugs: reservedRegionSlugs(),
  });
}

describe('the fixture corpus', () => {
  test('holds at least 20 good reports and some bad input', () => {
    const expected = cases.map((name) => JSON.parse(readFileSync(join(CORPUS, name, 'expected.json'), 'utf8')) as Expected);
    expect(expected.filter((item) => !item.error).length).toBeGreaterThanOrEqual(20);
    expect(expected.filter((item) => item.error).length).toBeGreaterThanOrEqual(5);
  });

  for (const name of cases) {
    test(name, async () => {
      const expected = JSON.parse(readFileSync(join(CORPUS, name, 'expected.json'), 'utf8')) as Expected;
      if (expected.error) {
        const failure = await ingestCase(name).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(failure, 'ingest should refuse this input').toBeInstanceOf(IngestError);
        const errors = (failure as IngestError).diagnostics.filter((item) => item.severity === 'error');
        const matching = errors.filter((item) => item.message.toLowerCase().includes((expected.error ?? '').toLowerCase()));
        expect(
          matching.map((item) => item.message),
          errors.map((item) => `${item.line}: ${item.message}`).join('\n'),
        ).not.toEqual([]);
        if (expected.line) expect(matching.map((item) => item.line)).toContain(expected.line);
        return;
      }
      let result: IngestResult;
      try {
        result = await ingestCase(name);
      } catch (error) {
        if (error instanceof IngestError) throw new Error(error.message, { cause: error });
        throw error;
      }
      const args = JSON.parse(readFileSync(join(CORPUS, name, 'args.json'), 'utf8')) as Args;
      const dir = `reports/${args.region}/${args.year}`;
      const report = parseStoredFile(reportFileSchema, String(result.files.get(`${dir}/report.json`)), `${dir}/report.json`);
      const blocks = parseBlocks(String(result.files.get(`${dir}/zh.mdx`))).blocks;
      const glossary = parseStoredFile(glossaryFileSchema, String(result.files.get(`${dir}/glossary.json`)), `${dir}/glossary.json`);
      expect(result.kind).toBe(expected.format);
      expect({
        title: report.title,
        deliveredOn: report.deliveredOn,
        place: report.place,
        occasion: report.occasion,
        byline: report.byline,
        speaker: { role: report.speaker.role, name: report.speaker.name },
      }).toEqual({
        title: expected.title,
        deliveredOn: expected.deliveredOn,
        place: expected.place,
        occasion: expected.occasion,
        byline: expected.byline,
        speaker: expected.speaker,
      });
      expect(
        blocks.filter((block) => block.kind === 'heading').map((block) => `${block.depth} ${markdownToPlainText(block.markdown)}`),
      ).toEqual(expected.outline);
      expect(blocks.filter((block) => block.kind === 'paragraph')).toHaveLength(expected.paragraphs ?? -1);
      expect(
        glossary.map((entry) => ({
          n: entry.n,
          term: entry.term,
          anchor: entry.uses[0]?.anchor ?? '',
          inferred: entry.uses[0]?.inferred === true,
        })),
      ).toEqual(expected.glossary ?? []);
      const furniture = result.repairs.filter((repair) => repair.kind === 'furniture-removed').map((repair) => repair.line);
      expect(furniture.sort((a, b) => a - b)).toEqual(expected.furnitureLines ?? []);
      expect(result.repairs.filter((repair) => repair.kind === 'heading-split')).toHaveLength(expected.splits ?? 0);
    });
  }
});
