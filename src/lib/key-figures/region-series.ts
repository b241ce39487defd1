/**
 * Targets beside results over the years, for one region: for each indicator
 * and year N, the target stated in year N's report and the result for year N
 * (reported in year N+1's report); both figures have `year` N. Years between an
 * indicator's first and last are all listed, so a year with neither shows as a
 * gap (never as a zero). An indicator renamed between reports (区域地区生产总值,
 * 地区生产总值) is one series: figures are keyed by the indicator, not the name.
 */
import type { Figure } from '../../schemas/figures-file.ts';
import type { Indicator } from '../../schemas/indicators.ts';
import type { Report } from '../../schemas/report.ts';
import { comparable, judgeTarget, type Verdict } from './target-verdict.ts';

/** A figure and the report that states it. */
export interface SourcedFigure {
  figure: Figure;
  region: string;
  /** The year of the report it is stated in (a result for 2023 is in the 2024 report). */
  reportYear: number;
}

export interface SeriesPoint {
  year: number;
  target?: SourcedFigure;
  result?: SourcedFigure;
  /** Met or missed, only where judgeTarget finds the comparison unambiguous. */
  verdict?: Verdict;
}

export interface IndicatorSeries {
  indicator: Indicator;
  /** What the chart plots: the change (in percent or points) when the targets are stated so, else the level. */
  measure: { of: 'change' | 'level'; unit: string };
  points: SeriesPoint[];
}

/** Every figure of the reports keyed to a standard indicator, with its report, in reading order. */
export function sourcedFigures(reports: readonly Report[]): SourcedFigure[] {
  return reports.flatMap((report) =>
    (report.figures ?? [])
      .filter((figure) => figure.indicator !== undefined)
      .map((figure) => ({ figure, region: report.region, reportYear: report.year })),
  );
}

/** The measure most targets (else results) of an indicator are stated in. */
function measureOf(figures: readonly SourcedFigure[]): IndicatorSeries['measure'] {
  const targets = figures.filter(({ figure }) => figure.kind === 'target');
  const pool = targets.length > 0 ? targets : figures;
  const changes = pool.filter(({ figure }) => figure.change);
  const levels = pool.filter(({ figure }) => figure.level);
  if (changes.length >= levels.length && changes[0]?.figure.change) return { of: 'change', unit: changes[0].figure.change.unit };
  return { of: 'level', unit: levels[0]?.figure.level?.unit ?? '' };
}

/** The series of one region (its reports in any order), indicators in the order of indicators.json. */
export function regionSeries(reports: readonly Report[], indicators: readonly Indicator[]): IndicatorSeries[] {
  const all = sourcedFigures([...reports].sort((a, b) => a.year - b.year));
  return indicators.flatMap((indicator) => {
    const figures = all.filter(({ figure }) => figure.indicator === indicator.key);
    if (figures.length === 0) return [];
    const years = figures.map(({ figure }) => figure.year);
    const points: SeriesPoint[] = [];
    for (let year = Math.min(...years); year <= Math.max(...years); year++) {
      const ofYear = figures.filter(({ figure }) => figure.year === year);
      const targets = ofYear.filter(({ figure }) => figure.kind === 'target');
      // Year N's own report sets year N's target; an earlier report's goal for N (到 2025 年 …) only where it does not.
      const target = targets.find(({ reportYear }) => reportYear === year) ?? targets[0];
      const results = ofYear.filter(({ figure }) => figure.kind === 'result');
      // Of several results for the year (a level here, a growth rate there), the one that can be set against the target.
      const result = (target && results.find(({ figure }) => comparable(target.figure, figure))) ?? results[0];
      const verdict = target && result ? judgeTarget(target.figure, result.figure, indicator.better) : undefined;
      points.push({ year, ...(target ? { target } : {}), ...(result ? { result } : {}), ...(verdict ? { verdict } : {}) });
    }
    return [{ indicator, measure: measureOf(figures), points }];
  });
}

/** The number a point plots in the series' measure (the lower end of a range), or undefined: a gap. */
export function plotted(
  point: SourcedFigure | undefined,
  measure: IndicatorSeries['measure'],
): { value: number; max?: number } | undefined {
  const stated = measure.of === 'change' ? point?.figure.change : point?.figure.level;
  if (!stated || stated.unit !== measure.unit) return undefined;
  return stated.max === undefined ? { value: stated.value } : { value: stated.value, max: stated.max };
}
