/**
 * How a report's key-figures page orders its figures: the standard indicators
 * in one table per kind and year (the results first, then the targets; the
 * report's reading order within each), and the figures that name no standard
 * indicator apart, for the "other figures" list.
 */
import type { Figure } from '../../schemas/figures-file.ts';

export interface FigureGroup {
  kind: Figure['kind'];
  year: number;
  figures: Figure[];
}

export function keyFigureGroups(figures: readonly Figure[]): { groups: FigureGroup[]; others: Figure[] } {
  const groups: FigureGroup[] = [];
  for (const figure of figures) {
    if (figure.indicator === undefined) continue;
    const group = groups.find((candidate) => candidate.kind === figure.kind && candidate.year === figure.year);
    if (group) group.figures.push(figure);
    else groups.push({ kind: figure.kind, year: figure.year, figures: [figure] });
  }
  groups.sort((a, b) => (a.kind === b.kind ? a.year - b.year : a.kind === 'result' ? -1 : 1));
  return { groups, others: figures.filter((figure) => figure.indicator === undefined) };
}
