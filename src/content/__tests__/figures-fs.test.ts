/**
 * figures.json and indicators.json as the site reads them: optional per report,
 * and refused, naming the file and the figure, when a figure points at a
 * paragraph that is not in zh.mdx or at an indicator that indicators.json lacks.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ContentError } from '../build-report.ts';
import { checkFigureIndicators } from '../figure-indicators.ts';
import { readIndicators } from '../indicators-fs.ts';
import { readReport } from '../report-files-fs.ts';

const CONTENT = join(import.meta.dirname, '../../../content');
const ID = 'taiyuan-xiaodian/2024';
const FIGURES = `reports/${ID}/figures.json`;

function contentCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'baogao-figures-'));
  cpSync(CONTENT, copy, { recursive: true, filter: (source) => !source.includes('/sources/') });
  return copy;
}

test('a report without figures.json reads, with no figures', () => {
  const content = contentCopy();
  rmSync(join(content, FIGURES));
  expect(readReport(content, ID).figures).toBeUndefined();
});

test('a figure whose paragraph is not in zh.mdx is refused with the file and the figure', () => {
  const content = contentCopy();
  writeFileSync(join(content, FIGURES), readFileSync(join(content, FIGURES), 'utf8').replace('"block": "p4"', '"block": "p999"'));
  expect(() => readReport(content, ID)).toThrow(`${join(content, FIGURES)}: error: figures[0].block: "p999" is not a block of zh.mdx`);
});

test('a figure keyed to an indicator that indicators.json lacks fails the build, naming it', () => {
  const content = contentCopy();
  writeFileSync(
    join(content, FIGURES),
    readFileSync(join(content, FIGURES), 'utf8').replace('"indicator": "gdp"', '"indicator": "gdp-typo"'),
  );
  const report = readReport(content, ID);
  expect(() => {
    checkFigureIndicators([report], readIndicators(content));
  }).toThrow(ContentError);
  expect(() => {
    checkFigureIndicators([report], readIndicators(content));
  }).toThrow(`figures[0].indicator: "gdp-typo" is not a key of content/indicators.json`);
});
