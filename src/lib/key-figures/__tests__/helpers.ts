/** Blocks for the extractor from short Markdown texts, read by the same parse as the command's. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToFigureText, markdownToPlainText } from '../../../markdown/plain-text.ts';
import type { Figure } from '../../../schemas/figures-file.ts';
import { indicatorsFileSchema } from '../../../schemas/indicators.ts';
import { parseStoredFile } from '../../../schemas/stored-file.ts';
import { extractFigures, type FigureSourceBlock } from '../extract-figures.ts';

export const INDICATORS = parseStoredFile(
  indicatorsFileSchema,
  readFileSync(join(import.meta.dirname, '../../../../content/indicators.json'), 'utf8'),
  'content/indicators.json',
);

/** `## 一、2023年工作回顾` is a part heading (s1, s2 …); any other line a paragraph (p1, p2 …). */
export function blocksOf(lines: readonly string[]): FigureSourceBlock[] {
  let headings = 0;
  let paragraphs = 0;
  return lines.map((line) => {
    const heading = line.startsWith('## ');
    const markdown = heading ? line.slice(3) : line;
    return {
      id: heading ? `s${String(++headings)}` : `p${String(++paragraphs)}`,
      depth: heading ? 2 : 0,
      text: markdownToPlainText(markdown),
      figureText: markdownToFigureText(markdown),
    };
  });
}

/** The figures a report of `year` with these lines states. */
export function figuresOf(lines: readonly string[], year = 2025): Figure[] {
  return extractFigures(blocksOf(lines), year, INDICATORS);
}

/** A figure in one line, for readable expectations: indicator or subject, kind, year, level, change. */
export function summary(figure: Figure): string {
  const stated = (n: Figure['level'] | Figure['change']) =>
    n ? `${String(n.value)}${n.max === undefined ? '' : `~${String(n.max)}`} ${n.unit}${n.qualifier ? ` ${n.qualifier}` : ''}` : '-';
  return `${figure.indicator ?? `(${figure.subject})`} ${figure.kind} ${String(figure.year)} level ${stated(figure.level)} change ${stated(figure.change)}`;
}
