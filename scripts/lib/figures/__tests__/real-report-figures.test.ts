/**
 * The 2024 report's key figures, as issue 16 lists them: the results for 2023
 * and the targets for 2024, each linked to its paragraph; both in the
 * committed figures.json (what the site shows, after review) and in a fresh
 * extraction without any hand edit.
 */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readFigures } from '../../../../src/content/figures-fs.ts';
import { readIndicators } from '../../../../src/content/indicators-fs.ts';
import { readReport } from '../../../../src/content/report-files-fs.ts';
import { extractFigures } from '../../../../src/lib/key-figures/extract-figures.ts';
import type { Figure } from '../../../../src/schemas/figures-file.ts';
import { figureSourceBlocks } from '../report-figures.ts';

const CONTENT = resolve(import.meta.dirname, '../../../../content');
const report = readReport(CONTENT, 'taiyuan-xiaodian/2024');

/** indicator, kind, year, paragraph, level (value unit), change (value unit qualifier). */
const EXPECTED: [string, string, number, string, string, string][] = [
  ['gdp', 'result', 2023, 'p4', '158062000000 yuan', '2.1 percent'],
  ['tertiary-industry-value-added', 'result', 2023, 'p4', '72757000000 yuan', '3.8 percent'],
  ['retail-sales', 'result', 2023, 'p4', '70386000000 yuan', '9 percent'],
  ['fixed-asset-investment', 'result', 2023, 'p4', '39347000000 yuan', '-'],
  ['general-public-budget-revenue', 'result', 2023, 'p4', '2578000000 yuan', '15.1 percent'],
  ['urban-disposable-income', 'result', 2023, 'p4', '-', '4.7 percent'],
  ['rural-disposable-income', 'result', 2023, 'p4', '-', '8.1 percent'],
  ['gdp', 'target', 2024, 'p15', '-', '6 percent about'],
  ['industrial-value-added-above-size', 'target', 2024, 'p15', '-', '7 percent about'],
  ['fixed-asset-investment', 'target', 2024, 'p15', '-', '10 percent about'],
  ['retail-sales', 'target', 2024, 'p15', '-', '7 percent about'],
  ['general-public-budget-revenue', 'target', 2024, 'p15', '-', '5 percent about'],
];

function stated(number: Figure['level'] | Figure['change']): string {
  if (!number) return '-';
  return [String(number.value), number.unit, number.qualifier].filter((part) => part !== undefined).join(' ');
}

/** The issue's figures as found in `figures`: one row per expected indicator and kind. */
function issueFigures(figures: readonly Figure[]): [string, string, number, string, string, string][] {
  return EXPECTED.map(([indicator, kind]) => {
    const found = figures.filter((figure) => figure.indicator === indicator && figure.kind === kind);
    if (found.length !== 1) return [indicator, kind, 0, `${String(found.length)} figures`, '', ''];
    const [figure] = found as [Figure];
    return [indicator, kind, figure.year, figure.block, stated(figure.level), stated(figure.change)];
  });
}

describe('the 2024 report of Xiaodian', () => {
  test('figures.json holds the results for 2023 and the targets for 2024, each linked to its paragraph', () => {
    const file = readFigures(report.dir);
    expect(file).toBeDefined();
    expect(issueFigures(file?.figures ?? [])).toEqual(EXPECTED);
  });

  test('a fresh extraction finds every one of them without hand edits', () => {
    const extracted = extractFigures(figureSourceBlocks(report), report.report.year, readIndicators(CONTENT));
    expect(issueFigures(extracted)).toEqual(EXPECTED);
  });

  test('each phrase is the paragraph’s own words, as a reader reads them', () => {
    const targets = (readFigures(report.dir)?.figures ?? []).filter((figure) => figure.block === 'p15');
    expect(targets.map((figure) => figure.phrase)).toEqual([
      '地区生产总值增长 6%左右',
      '规模以上工业增加值增长 7%左右',
      '固定资产投资增长 10%左右',
      '社会消费品零售总额增长 7%左右',
      '一般公共预算收入增长 5%左右',
    ]);
  });
});
