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
/** A gap between lines this many times the page's usual line pitch separates blocks (paragraph spacing). */
const WIDE_GAP = 1.3;
/** Room a ragged right margin leaves at a line end, beyond the next word, in ems. */
const RAGGED_ROOM = 3;

export interface PageMargins {
  left: number;
  right: number;
  /** Usual distance between baselines of body lines. */
  pitch: number;
  /**
   * Paragraphs are set apart by space (web-like layouts, often ragged right): a short line followed by no
   * space is a ragged wrap, not a paragraph end (see paragraphSpacing).
   */
  spaced?: boolean;
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

export type BreakReason = 'indent' | 'outdent' | 'short-line' | 'size' | 'gap' | 'opens' | undefined;

/** What the caller knows of a line's text: where a new block visibly starts. */
export interface LineStart {
  /** The line starts the way a paragraph opens (一、 （一） 1. a bold lead) after a sentence ended on the line before. */
  opensAfterSentence: boolean;
  /** The line starts with a list number (1. （1） [1] ①). */
  listNumber: boolean;
  /** Width of the line's first word (a run of Latin letters or digits, or one Chinese character), in points. */
  firstWordWidth: number;
}

/** A hanging-indent paragraph being read: its continuation lines start at `x`. */
export interface Hanging {
  x: number;
}

/** Continuation lines of a hanging indent stand this many ems right of the item's number, at most. */
const MAX_HANGING = 5;

/**
 * Why `line` starts a new paragraph after `previous`, or undefined when it continues it. `hanging` is the
 * hanging indent of the paragraph being read, if it has one; the caller keeps it (see hangingIndent).
 */
export function paragraphBreak(
  previous: PdfLine,
  line: PdfLine,
  margins: { previous: PageMargins; current: PageMargins },
  start: LineStart,
  hanging?: Hanging,
): BreakReason {
  const em = line.size;
  if (Math.abs(line.size - previous.size) > Math.max(line.size, previous.size) * SIZE_CHANGE) return 'size';
  const previousFull = previous.end >= margins.previous.right - SHORT * previous.size;
  const inHanging = hanging !== undefined && Math.abs(line.x - hanging.x) <= 0.5 * em;
  if (inHanging && previousFull && !start.listNumber) return undefined;
  if (line.x > margins.current.left + INDENT * em) return 'indent';
  // A hanging indent (a numbered list): the item's first line starts left of the others.
  if (line.x < margins.current.left - INDENT * em) return 'outdent';
  if (hanging !== undefined && line.x < hanging.x - INDENT * em) return 'outdent';
  // A line falls short of the margin where its paragraph ends, or where the next word did not fit (a ragged
  // right margin wraps before a number such as 4.6%): only a gap wider than that word ends the paragraph.
  const gap = previous.page === line.page && previous.y - line.y > margins.current.pitch * WIDE_GAP;
  if (gap) return 'gap';
  const room = margins.previous.right - previous.end;
  // In a ragged layout a line ends where its next word did not fit, a few ems short at most.
  const raggedWrap = margins.current.spaced === true && previous.page === line.page && room < start.firstWordWidth + RAGGED_ROOM * em;
  if (!raggedWrap && room > SHORT * previous.size && room > start.firstWordWidth + 0.5 * em) return 'short-line';
  // A flush-left heading or lead after a paragraph whose last line ran to the margin.
  if (start.opensAfterSentence) return 'opens';
  return undefined;
}

/**
 * A numbered item whose first line starts at the margin and whose next line is indented (by at most a few
 * ems) after a full first line is set with a hanging indent: its continuation lines start there.
 */
export function hangingIndent(first: PdfLine, next: PdfLine, margins: PageMargins, start: LineStart): Hanging | undefined {
  const em = first.size;
  if (!start.listNumber || Math.abs(first.x - margins.left) > INDENT * em) return undefined;
  if (first.end < margins.right - SHORT * em) return undefined;
  const offset = next.x - first.x;
  return offset > 0.5 * em && offset <= MAX_HANGING * em ? { x: next.x } : undefined;
}

/**
 * Whether the document sets paragraphs apart by space: many short lines (paragraph ends) that are followed
 * on the same page by an unindented line have a wide gap after them.
 */
export function paragraphSpacing(lines: readonly PdfLine[], marginsOf: (line: PdfLine) => PageMargins): boolean {
  let ends = 0;
  let spaced = 0;
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (!previous || previous.page !== line.page) return;
    const margins = marginsOf(line);
    if (previous.end >= margins.right - SHORT * previous.size || line.x > margins.left + INDENT * line.size) return;
    ends++;
    if (previous.y - line.y > margins.pitch * WIDE_GAP) spaced++;
  });
  // A layout without paragraph spacing has none at all; headings and short lists after them lower the share.
  return ends >= 3 && spaced >= ends * 0.3;
}
