/**
 * The rule that spans figures.json and content/indicators.json: every figure
 * keyed to a standard indicator names one that exists, so a key-figures row
 * always has a name in both languages. Fails the build naming the file and the
 * figure.
 */
import type { Indicator } from '../schemas/indicators.ts';
import { ContentError } from './build-report.ts';
import type { ReportOnDisk } from './report-files-fs.ts';

export function checkFigureIndicators(reports: readonly ReportOnDisk[], indicators: readonly Indicator[]): void {
  const keys = new Set(indicators.map((indicator) => indicator.key));
  const problems = reports.flatMap(({ figures }) =>
    (figures?.file.figures ?? []).flatMap((figure, index) =>
      figure.indicator === undefined || keys.has(figure.indicator)
        ? []
        : [`${figures?.path ?? ''}: error: figures[${index}].indicator: "${figure.indicator}" is not a key of content/indicators.json`],
    ),
  );
  if (problems.length > 0) throw new ContentError(problems.join('\n'));
}
