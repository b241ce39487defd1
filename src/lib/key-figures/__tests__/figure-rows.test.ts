import { expect, test } from 'vitest';
import type { Figure } from '../../../schemas/figures-file.ts';
import type { Indicator } from '../../../schemas/indicators.ts';
import type { Report } from '../../../schemas/report.ts';
import { seriesRows } from '../figure-rows.ts';
import { regionSeries } from '../region-series.ts';

const gdp: Indicator = {
  key: 'gdp',
  zh: '地区生产总值',
  names: ['地区生产总值'],
  en: 'gross regional product',
  unit: 'yuan',
  better: 'higher',
};

function growth(kind: Figure['kind'], year: number, value: number, qualifier?: 'or-more'): Figure {
  return {
    block: 'p1',
    phrase: `地区生产总值增长 ${value}%`,
    indicator: 'gdp',
    subject: '地区生产总值',
    kind,
    year,
    change: { value, unit: 'percent', text: `增长 ${value}%`, ...(qualifier ? { qualifier } : {}) },
    reviewed: false,
    note: '',
  };
}

const report = (year: number, figures: Figure[]) => ({ region: 'r', year, figures }) as unknown as Report;

test('a hedged result keeps its hedge in the series rows (增长 8% 以上 is not 8%)', () => {
  const series = regionSeries([report(2024, [growth('target', 2024, 6)]), report(2025, [growth('result', 2024, 8, 'or-more')])], [gdp]);
  const [row] = seriesRows('r', series, (region, year, block) => `https://example.org/${region}/${String(year)}/#${block}`);
  expect(row).toMatchObject({ year: 2024, target_value: 6, result_value: 8, result_qualifier: 'or-more' });
  expect(row?.verdict).toBeUndefined();
});
