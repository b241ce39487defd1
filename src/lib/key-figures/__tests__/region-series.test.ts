import { expect, test } from 'vitest';
import type { Figure } from '../../../schemas/figures-file.ts';
import type { Indicator } from '../../../schemas/indicators.ts';
import type { Report } from '../../../schemas/report.ts';
import { regionSeries } from '../region-series.ts';

const gdp: Indicator = {
  key: 'gdp',
  zh: '地区生产总值',
  names: ['区域地区生产总值', '地区生产总值'],
  en: 'gross regional product',
  unit: 'yuan',
  better: 'higher',
};

function growth(kind: Figure['kind'], year: number, value: number, subject: string, qualifier?: 'about'): Figure {
  return {
    block: 'p1',
    phrase: subject,
    indicator: 'gdp',
    subject,
    kind,
    year,
    change: { value, unit: 'percent', text: `增长${value}%`, ...(qualifier ? { qualifier } : {}) },
    reviewed: false,
    note: '',
  };
}

// Only what the series reads of a report.
const report = (year: number, figures: Figure[]) => ({ region: 'r', year, figures }) as unknown as Report;

test('the target of year N (N’s report) meets the result for N (N+1’s report), across a renamed indicator', () => {
  const [series] = regionSeries(
    [
      report(2024, [growth('result', 2023, 5.2, '地区生产总值'), growth('target', 2024, 5.5, '地区生产总值', 'about')]),
      report(2023, [growth('target', 2023, 6, '区域地区生产总值', 'about')]),
      report(2025, [growth('result', 2024, 5.6, '地区生产总值')]),
    ],
    [gdp],
  );
  expect(series?.measure).toEqual({ of: 'change', unit: 'percent' });
  expect(series?.points.map((point) => [point.year, point.target?.figure.subject, point.result?.reportYear, point.verdict])).toEqual([
    [2023, '区域地区生产总值', 2024, 'missed'],
    [2024, '地区生产总值', 2025, 'met'],
  ]);
});

test('year N’s own report sets the target for N, before an earlier report’s goal for N (到 2025 年 …)', () => {
  const [series] = regionSeries(
    [report(2023, [growth('target', 2025, 7, '五年目标')]), report(2025, [growth('target', 2025, 5, '年度目标', 'about')])],
    [gdp],
  );
  expect(series?.points.find((point) => point.year === 2025)?.target?.figure.subject).toBe('年度目标');
});

test('a year no report mentions is a point without figures (a gap), not left out and not a zero', () => {
  const [series] = regionSeries([report(2023, [growth('target', 2023, 6, 'g')]), report(2026, [growth('target', 2025, 5, 'g')])], [gdp]);
  expect(series?.points.map((point) => [point.year, point.target !== undefined, point.result !== undefined])).toEqual([
    [2023, true, false],
    [2024, false, false],
    [2025, true, false],
  ]);
});

test('an indicator no report states has no series', () => {
  expect(regionSeries([report(2024, [])], [gdp])).toEqual([]);
});
