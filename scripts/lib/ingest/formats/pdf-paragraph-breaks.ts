/**
 * Where a paragraph of a PDF ends, read from the layout as GB/T 9704 sets it
 * (and as most word processors do): a paragraph's first line is indented, its
 * last line stops short of the right margin, and a change of size or a wider
 * gap between lines separates blocks. A line that runs to the margin at the
 * foot of a page and a line that starts at the margin on the next page are one
 * paragraph continued across the page.
 */
import type { PdfLine } from './pdf-lines.ts';

/** An indent of this many ems opens a paragraph (GB/T 9704 indents two characters). */
const INDENT = 0.9;
/** A line ending this many ems before the right margin ended its paragraph. */
const SHORT = 1.5;
/** Sizes this far apart are different blocks (a title, a table, a footnote). */
const SIZE_CHANGE = 0.15;
/** A gap between lines this many times the page's usual line pitch separates blocks. */
const WIDE_GAP = 1.6;

export interface PageMargins {
  left: number;
  right: number;
  /** Usual distance between baselines of body lines. */
  pitch: number;
}

/**
 * Left and right margins of a page's body text, and its line pitch; `fallback` where the page has too few
 * lines. The right margin is where full lines end; the left margin is where the lines that follow a full line
 * start (they continue a paragraph), so that a first-line indent and a hanging indent (a numbered list) are
 * both read right.
 */
export function pageMargins(lines: readonly PdfLine[], bodySize: number, fallback?: PageMargins): PageMargins {
  const body = lines.filter((line) => Math.abs(line.size - bodySize) <= bodySize * SIZE_CHANGE);
  if (body.length < 4 && fallback) return fallback;
  const ends = body.map((line) => line.end).sort((a, b) => a - b);
  const right = ends[Math.floor(ends.length * 0.9)] ?? fallback?.right ?? 0;
  const continuations = body.filter((_, index) => index > 0 && (body[index - 1] as PdfLine).end >= right - SHORT * bodySize);
  const left = mostCommon(continuations.map((line) => line.x)) ?? fallback?.left ?? Math.min(...body.map((line) => line.x));
  const gaps: number[] = [];
  for (let index = 1; index < body.length; index++) {
    const gap = (body[index - 1] as PdfLine).y - (body[index] as PdfLine).y;
    if (gap > 0) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  const pitch = gaps[Math.floor(gaps.length / 2)] ?? fallback?.pitch ?? bodySize * 1.5;
  return { left, right, pitch };
}

/** The most common value, rounded to a point (a page's left margin: most lines start there). */
function mostCommon(values: number[]): number | undefined {
  const counts = new Map<number, { count: number; least: number }>();
  for (const value of values) {
    const key = Math.round(value);
    const entry = counts.get(key) ?? { count: 0, least: value };
    counts.set(key, { count: entry.count + 1, least: Math.min(entry.least, value) });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.least - b.least)[0]?.least;
}

export type BreakReason = 'indent' | 'outdent' | 'short-line' | 'size' | 'gap' | undefined;

/** Why `line` starts a new paragraph after `previous`, or undefined when it continues it. */
export function paragraphBreak(previous: PdfLine, line: PdfLine, margins: { previous: PageMargins; current: PageMargins }): BreakReason {
  const em = line.size;
  if (Math.abs(line.size - previous.size) > Math.max(line.size, previous.size) * SIZE_CHANGE) return 'size';
  if (line.x > margins.current.left + INDENT * em) return 'indent';
  // A hanging indent (a numbered list): the item's first line starts left of the others.
  if (line.x < margins.current.left - INDENT * em) return 'outdent';
  if (previous.end < margins.previous.right - SHORT * previous.size) return 'short-line';
  if (previous.page === line.page && previous.y - line.y > margins.current.pitch * WIDE_GAP) return 'gap';
  return undefined;
}
