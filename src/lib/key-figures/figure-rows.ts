/**
 * The rows of the downloads (CSV and JSON, one shape for both): a report's
 * figures, and a region's targets beside its results. Flat, with the values as
 * figures.json normalises them (yuan, percent), the Chinese phrase each was
 * read from, and the permanent link of its paragraph, so a row can be checked
 * against the report and cited on its own.
 */
import type { Figure, FigureChange, FigureLevel } from '../../schemas/figures-file.ts';
import type { Indicator } from '../../schemas/indicators.ts';
import type { Report } from '../../schemas/report.ts';
import { plotted, type IndicatorSeries } from './region-series.ts';

/** The absolute URL of a paragraph of a report (the site's `site` and base: see the endpoints). */
export type Permalink = (region: string, reportYear: number, block: string) => string;

export const FIGURE_COLUMNS = [
  'region',
  'report_year',
  'year',
  'kind',
  'indicator',
  'indicator_zh',
  'indicator_en',
  'subject',
  'level_value',
  'level_max',
  'level_qualifier',
  'level_unit',
  'level_text',
  'change_value',
  'change_max',
  'change_qualifier',
  'change_unit',
  'change_text',
  'block',
  'phrase',
  'permalink',
] as const;

export type FigureRow = Partial<Record<(typeof FIGURE_COLUMNS)[number], string | number>>;

function stated(prefix: 'level' | 'change', value: FigureLevel | FigureChange | undefined): FigureRow {
  if (!value) return {};
  return {
    [`${prefix}_value`]: value.value,
    ...(value.max === undefined ? {} : { [`${prefix}_max`]: value.max }),
    ...(value.qualifier === undefined ? {} : { [`${prefix}_qualifier`]: value.qualifier }),
    [`${prefix}_unit`]: value.unit,
    [`${prefix}_text`]: value.text,
  };
}

export function figureRow(
  report: Pick<Report, 'region' | 'year'>,
  figure: Figure,
  indicators: ReadonlyMap<string, Indicator>,
  permalink: Permalink,
): FigureRow {
  const indicator = figure.indicator === undefined ? undefined : indicators.get(figure.indicator);
  return {
    region: report.region,
    report_year: report.year,
    year: figure.year,
    kind: figure.kind,
    ...(indicator ? { indicator: indicator.key, indicator_zh: indicator.zh, indicator_en: indicator.en } : {}),
    subject: figure.subject,
    ...stated('level', figure.level),
    ...stated('change', figure.change),
    block: figure.block,
    phrase: figure.phrase,
    permalink: permalink(report.region, report.year, figure.block),
  };
}

export const SERIES_COLUMNS = [
  'region',
  'indicator',
  'indicator_zh',
  'indicator_en',
  'year',
  'measure',
  'unit',
  'target_value',
  'target_max',
  'target_qualifier',
  'target_phrase',
  'target_permalink',
  'result_value',
  'result_qualifier',
  'result_phrase',
  'result_permalink',
  'verdict',
] as const;

export type SeriesRow = Partial<Record<(typeof SERIES_COLUMNS)[number], string | number>>;

/** One row per indicator and year, a year with neither target nor result included (its cells empty: a gap, not a zero). */
export function seriesRows(region: string, series: readonly IndicatorSeries[], permalink: Permalink): SeriesRow[] {
  return series.flatMap(({ indicator, measure, points }) =>
    points.map((point) => {
      const target = plotted(point.target, measure);
      const result = plotted(point.result, measure);
      return {
        region,
        indicator: indicator.key,
        indicator_zh: indicator.zh,
        indicator_en: indicator.en,
        year: point.year,
        measure: measure.of,
        unit: measure.unit,
        ...(target ? { target_value: target.value, ...(target.max === undefined ? {} : { target_max: target.max }) } : {}),
        ...(point.target
          ? {
              ...(measure.of === 'change' && point.target.figure.change?.qualifier
                ? { target_qualifier: point.target.figure.change.qualifier }
                : {}),
              ...(measure.of === 'level' && point.target.figure.level?.qualifier
                ? { target_qualifier: point.target.figure.level.qualifier }
                : {}),
              target_phrase: point.target.figure.phrase,
              target_permalink: permalink(point.target.region, point.target.reportYear, point.target.figure.block),
            }
          : {}),
        ...(result ? { result_value: result.value } : {}),
        ...(point.result
          ? {
              // A hedged result (增长 8% 以上) keeps its hedge: the value alone would say more than the report.
              ...(measure.of === 'change' && point.result.figure.change?.qualifier
                ? { result_qualifier: point.result.figure.change.qualifier }
                : {}),
              ...(measure.of === 'level' && point.result.figure.level?.qualifier
                ? { result_qualifier: point.result.figure.level.qualifier }
                : {}),
              result_phrase: point.result.figure.phrase,
              result_permalink: permalink(point.result.region, point.result.reportYear, point.result.figure.block),
            }
          : {}),
        ...(point.verdict ? { verdict: point.verdict } : {}),
      };
    }),
  );
}
