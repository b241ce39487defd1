/**
 * Every character of the source survives into the edition: the ingested content,
 * read back in order (title block, body, glossary), equals the source once only
 * markup and page-break whitespace are removed from both.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readRegions } from '../../../../src/content/regions-fs.ts';
import { readReport } from '../../../../src/content/report-files-fs.ts';
import { reservedRegionSlugs } from '../../../../src/content/reserved-slugs-fs.ts';
import { ROOT } from './ingest-helpers.ts';

const CONTENT = join(ROOT, 'content');
const REPORT_ID = 'taiyuan-xiaodian/2024';
const REPORT_DIR = join(CONTENT, 'reports', REPORT_ID);

/** Remove markup (headings, bold, sup/sub tags, list numbers) and line-level whitespace. */
function stripMarkup(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/^#{1,6}\s+/, '')
        .replace(/^\d+\.\s/, '')
        .trim(),
    )
    .join('')
    .replace(/\*\*/g, '')
    .replace(/<\/?(sup|sub)>/g, '');
}

test('the committed 2024 content holds the source text character for character', () => {
  const { report, blocks, glossary } = readReport(CONTENT, REPORT_ID);
  const source = readFileSync(join(CONTENT, report.source.file), 'utf8');
  const glossaryHeading = /^#+\s*(名词解释)\s*$/m.exec(source)?.[1] ?? '';
  const ingested = [
    report.title,
    report.dateline,
    report.byline,
    ...blocks.map((block) => block.markdown),
    glossaryHeading,
    ...glossary.map((entry) => `${entry.term}：${entry.definition}`),
  ].join('\n');
  const expected = stripMarkup(source);
  const actual = stripMarkup(ingested);
  // Compare in slices first so a failure points at the place, then whole.
  for (let at = 0; at < expected.length; at += 200) expect(actual.slice(at, at + 200)).toBe(expected.slice(at, at + 200));
  expect(actual).toBe(expected);
  expect([...actual].length).toBeGreaterThan(10_000);
});

test('the committed content is what ingest makes of the source today, byte for byte', async () => {
  const { ingestSource } = await import('../ingest-source.ts');
  const { report } = readReport(CONTENT, REPORT_ID);
  const result = await ingestSource({
    sourceName: report.source.file,
    sourceFileName: report.source.file.replace('sources/', ''),
    bytes: readFileSync(join(CONTENT, report.source.file)),
    region: report.region,
    year: report.year,
    previousBody: readFileSync(join(REPORT_DIR, 'zh.mdx'), 'utf8'),
    previousRegions: readRegions(CONTENT),
    reservedSlugs: reservedRegionSlugs(),
  });
  // ingest-report.md is left out: it is a review note, not content the site reads.
  for (const file of [
    'regions.json',
    `reports/${REPORT_ID}/report.json`,
    `reports/${REPORT_ID}/zh.mdx`,
    `reports/${REPORT_ID}/glossary.json`,
  ])
    expect(result.files.get(file), file).toBe(readFileSync(join(CONTENT, file), 'utf8'));
});
