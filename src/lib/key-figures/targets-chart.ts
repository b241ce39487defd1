/**
 * The chart of one indicator's targets and results over the years, drawn at
 * build time by @observablehq/plot into a jsdom document and written into the
 * page as SVG: no charting JavaScript reaches the reader. The x axis lists
 * every year of the series, so a year without figures is an empty slot and
 * breaks the results' line (a gap, never a zero). Targets are ticks (a range
 * a bar from its lower to its upper end); results are dots joined by a line.
 *
 * The SVG is made to live under the site's CSP and themes: Plot's own <style>
 * element and any style attribute are removed (figures-tables.css sizes the
 * chart), and every colour is currentColor or a class that the stylesheet
 * colours from the theme's variables, so it follows dark mode and prints.
 * It has role="img", an aria-label and a <title> that summarise it; the table
 * beside it is the full text alternative.
 */
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { plotted, type IndicatorSeries } from './region-series.ts';

export interface ChartLabels {
  /** The summary: aria-label and <title>. */
  summary: string;
  /** The y axis: what is plotted, in which unit. */
  measure: string;
}

interface Datum {
  year: string;
  value: number | undefined;
  max?: number | undefined;
}

/**
 * One jsdom document for every chart of the build: a new JSDOM builds a whole window (about 0.1 s each, most of the
 * key-figures pages' cost). Plot draws each chart into a detached <svg> of it and nothing is ever attached to the
 * document, so one chart cannot see another.
 */
let chartDocument: Document | undefined;

export function targetsChartSvg(series: IndicatorSeries, labels: ChartLabels): string {
  const document = (chartDocument ??= new JSDOM('').window.document);
  const years = series.points.map((point) => String(point.year));
  const targets: Datum[] = series.points.map((point) => ({
    year: String(point.year),
    ...(plotted(point.target, series.measure) ?? { value: undefined }),
  }));
  const results: Datum[] = series.points.map((point) => ({
    year: String(point.year),
    value: plotted(point.result, series.measure)?.value,
  }));
  const single = targets.filter((target) => target.value !== undefined && target.max === undefined);
  const ranges = targets.filter((target) => target.value !== undefined && target.max !== undefined);
  const values = [...targets.flatMap((target) => [target.value, target.max]), ...results.map((result) => result.value)].filter(
    (value): value is number => value !== undefined,
  );
  const change = series.measure.of === 'change';
  const svg = Plot.plot({
    document,
    width: 560,
    height: 240,
    marginLeft: 56,
    x: { type: 'band', domain: years, label: null, padding: 0.4 },
    y: { label: labels.measure, grid: true, nice: true, ...(change ? { domain: [Math.min(0, ...values), Math.max(0, ...values)] } : {}) },
    marks: [
      ...(change ? [Plot.ruleY([0], { className: 'chart-baseline' })] : []),
      Plot.ruleX(ranges, { x: 'year', y1: 'value', y2: 'max', strokeWidth: 8, className: 'chart-target' }),
      Plot.tickY(single, { x: 'year', y: 'value', strokeWidth: 3, className: 'chart-target' }),
      // A missing year has no value: the line breaks there.
      Plot.line(results, { x: 'year', y: 'value', className: 'chart-result' }),
      Plot.dot(results, { x: 'year', y: 'value', r: 4.5, fill: 'currentColor', className: 'chart-result' }),
    ],
  });
  svg.querySelectorAll('style').forEach((style) => {
    style.remove();
  });
  for (const element of [svg, ...svg.querySelectorAll('[style]')]) element.removeAttribute('style');
  // Plot names its mark groups (aria-label="dot"); inside an image they are no ARIA objects, and the image has its own name.
  for (const element of svg.querySelectorAll('[aria-label], [aria-description], [aria-hidden]')) {
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
    element.removeAttribute('aria-hidden');
  }
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', labels.summary);
  svg.setAttribute('class', 'targets-chart-svg');
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.textContent = labels.summary;
  svg.prepend(title);
  return svg.outerHTML;
}
