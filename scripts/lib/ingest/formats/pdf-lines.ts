/**
 * A page's text items → the lines a reader sees: items on one baseline, left to
 * right. A smaller item raised above the baseline is a superscript (a glossary
 * marker, m²), one lowered below it a subscript (PM₂.₅). Gaps the PDF leaves
 * between items become a space only where a reader sees one (between Latin
 * words, or a wide gap), and very wide gaps are kept as column boundaries for
 * tables. Nothing here drops a character.
 */
import type { PdfPage, PdfTextItem } from './pdf-document.ts';

export type Shift = 'base' | 'sup' | 'sub';

export interface PdfSegment {
  text: string;
  font: string;
  size: number;
  shift: Shift;
  x: number;
  end: number;
}

export interface PdfLine {
  page: number;
  /** 1-based index of the line on its page, top to bottom. */
  index: number;
  /** Baseline of the line's main text. */
  y: number;
  /** Size of the line's main text. */
  size: number;
  x: number;
  end: number;
  /** Runs of text, left to right; a new cell starts after a column gap. */
  cells: PdfSegment[][];
}

/** A smaller item this far above (below) the baseline, in ems of the line, is a superscript (subscript). */
const RAISED = 0.12;
const LOWERED = 0.08;
const SMALLER = 0.9;
/** Gaps in ems of the text size: a space between Latin words; a wide space; a typed space between Chinese characters; a column boundary. */
const LATIN_SPACE = 0.15;
const WIDE_SPACE = 0.8;
const CJK_SPACE = 0.25;
const COLUMN_GAP = 1;

const LATIN_END = /[A-Za-z0-9.,;:%)\]]$/;
const LATIN_START = /^[A-Za-z0-9([]/;
const CJK_END = /[\u2014\u2018-\u201d\u2026\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2e80-\u2fdf]$/;
const CJK_START = /^[\u2014\u2018-\u201d\u2026\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2e80-\u2fdf]/;

export function pageLines(page: PdfPage): PdfLine[] {
  // pdfjs adds whitespace items of its own where glyphs stand apart; the gaps are measured here instead.
  const items = page.items.filter((item) => item.text.trim() !== '');
  const byHeight = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: { y: number; size: number; items: PdfTextItem[] }[] = [];
  for (const item of byHeight) {
    const group = groups.find((candidate) => belongsTo(item, candidate));
    if (group) {
      group.items.push(item);
      // The line's baseline is that of its largest text (not of a superscript seen first).
      if (item.size > group.size * 1.05) Object.assign(group, { y: item.y, size: item.size });
    } else groups.push({ y: item.y, size: item.size, items: [item] });
  }
  groups.sort((a, b) => b.y - a.y);
  return groups.map((group, index) => toLine(group, page.number, index + 1)).filter((line): line is PdfLine => line !== undefined);
}

function belongsTo(item: PdfTextItem, group: { y: number; size: number }): boolean {
  const smaller = item.size < group.size * SMALLER || group.size < item.size * SMALLER;
  const reach = smaller ? 0.6 * Math.max(item.size, group.size) : 0.3 * Math.min(item.size, group.size);
  return Math.abs(item.y - group.y) <= reach;
}

function toLine(group: { y: number; size: number; items: PdfTextItem[] }, page: number, index: number): PdfLine | undefined {
  const items = [...group.items].sort((a, b) => a.x - b.x);
  const cells: PdfSegment[][] = [[]];
  let previous: PdfSegment | undefined;
  for (const item of items) {
    const shift = shiftOf(item, group);
    const segment: PdfSegment = { text: item.text, font: item.font, size: item.size, shift, x: item.x, end: item.x + item.width };
    if (previous) {
      const gap = item.x - previous.end;
      const em = Math.max(group.size, 1);
      if (gap >= COLUMN_GAP * em && previous.text.trim() !== '' && item.text.trim() !== '') cells.push([]);
      else if (!/\s$/.test(previous.text) && !/^\s/.test(item.text) && needsSpace(previous.text, item.text, gap / em))
        segment.text = ` ${segment.text}`;
    }
    (cells.at(-1) as PdfSegment[]).push(segment);
    previous = segment;
  }
  // A letter-spaced line (政 府 工 作 报 告) is one cell, however wide its gaps: its spaces go below.
  if (
    cells.length >= 3 &&
    cells.every(
      (cell) =>
        [
          ...cell
            .map((segment) => segment.text)
            .join('')
            .trim(),
        ].length <= 2,
    )
  ) {
    const merged = cells.flatMap((cell, index) =>
      cell.map((segment, at) => (index > 0 && at === 0 ? { ...segment, text: ` ${segment.text}` } : segment)),
    );
    cells.splice(0, cells.length, merged);
  }
  removeSpreadSpaces(cells.flat());
  const text = cells
    .flat()
    .map((segment) => segment.text)
    .join('');
  if (text.trim() === '') return undefined;
  const first = items[0] as PdfTextItem;
  const last = items.at(-1) as PdfTextItem;
  return { page, index, y: group.y, size: group.size, x: first.x, end: last.x + last.width, cells };
}

const CJK_CHAR = '[\\u2014\\u2018-\\u201d\\u2026\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef\\u2e80-\\u2fdf]';
/** A space between two Chinese characters. */
const CJK_GAP = new RegExp(`(?<=${CJK_CHAR})\\s+(?=${CJK_CHAR})`, 'g');
/** Spread lines: this many spaces between Chinese characters on one line are not typed spaces. */
const SPREAD_GAPS = 3;

/**
 * pdfjs writes a space wherever glyphs stand further apart than about a tenth
 * of an em, so a justified line that the typesetter spread comes out as
 * "提 升 本 质 安 全". On such a line the spaces between Chinese characters go;
 * a single space elsewhere (区长 康建斌) is kept, as typed. Spaces between a
 * superscript and Chinese text are the superscript's offset, not a space.
 */
function removeSpreadSpaces(segments: PdfSegment[]): void {
  const text = segments.map((segment) => segment.text).join('');
  const spread = (text.match(CJK_GAP) ?? []).length >= SPREAD_GAPS;
  if (spread) for (const segment of segments) segment.text = segment.text.replace(CJK_GAP, '');
  // Spaces between segments, whether at a segment's end or an item of their own.
  segments.forEach((segment, index) => {
    if (segment.text.trim() !== '' || segment.text === '') return;
    const before = segments.slice(0, index).findLast((other) => other.text.trim() !== '');
    const after = segments.slice(index + 1).find((other) => other.text.trim() !== '');
    if (before && after && dropsSpaceBetween(before, after, spread)) segment.text = '';
  });
  segments.forEach((segment, index) => {
    const next = segments.slice(index + 1).find((other) => other.text !== '');
    if (next && segment.text.trim() !== '' && next.text.trim() !== '' && dropsSpaceBetween(segment, next, spread)) {
      segment.text = segment.text.replace(/\s+$/, '');
      next.text = next.text.replace(/^\s+/, '');
    }
  });
}

function dropsSpaceBetween(before: PdfSegment, after: PdfSegment, spread: boolean): boolean {
  const lastChar = before.text.trimEnd().slice(-1);
  const nextChar = after.text.trimStart().slice(0, 1);
  const aroundShift = (before.shift !== 'base' && CJK_START.test(nextChar)) || (after.shift !== 'base' && CJK_END.test(lastChar));
  return aroundShift || (spread && CJK_END.test(lastChar) && CJK_START.test(nextChar));
}

function shiftOf(item: PdfTextItem, group: { y: number; size: number }): Shift {
  if (item.size >= group.size * SMALLER) return 'base';
  if (item.y > group.y + RAISED * group.size) return 'sup';
  if (item.y < group.y - LOWERED * group.size) return 'sub';
  return 'base';
}

/**
 * A gap the PDF leaves between items is a space between Latin words or numbers
 * (a tenth of an em is enough), and between Chinese text where it is as wide as
 * a typed space (区长 林承远). Justified lines spread Chinese text with gaps
 * everywhere; removeSpreadSpaces takes those out again. Between Chinese and
 * Latin text a gap is never a space: word processors set a quarter-em there
 * that no one typed (Word's and LibreOffice's autospace).
 */
function needsSpace(before: string, after: string, gapEms: number): boolean {
  const cjkBefore = CJK_END.test(before);
  const cjkAfter = CJK_START.test(after);
  if (cjkBefore && cjkAfter) return gapEms >= CJK_SPACE;
  if (cjkBefore || cjkAfter) return false;
  if (gapEms >= WIDE_SPACE) return true;
  return gapEms >= LATIN_SPACE && LATIN_END.test(before) && LATIN_START.test(after);
}

/** The line's text, cells joined by a space (for matching page numbers and running headers). */
export function lineText(line: PdfLine): string {
  return line.cells
    .map((cell) => cell.map((segment) => segment.text).join(''))
    .join(' ')
    .trim();
}
