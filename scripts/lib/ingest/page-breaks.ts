/**
 * Paragraphs split by PDF page breaks. A paragraph whose visible text does not end
 * in sentence-final punctuation continues in the next block, unless that block is
 * a heading. Generic: no table of break positions, only the rule.
 */
import type { Repair } from './repairs.ts';

/** Characters that can end a paragraph in Chinese (and mixed) text. */
const FINAL_PUNCTUATION = /[。！？；：…!?;:]$/;
/** A closing quote or bracket ends a paragraph only if sentence punctuation precedes it. */
const CLOSERS = /[”’」』）)】]+$/;

/** The visible text at the end of a paragraph, trailing markup removed. */
function visibleEnd(markdown: string): string {
  return markdown.replace(/(\*\*|<\/?su[pb]>|\[\d+\]|\s)+$/g, '').replace(/<sup>\[\d+\]<\/sup>$/, '');
}

export function endsSentence(markdown: string): boolean {
  const end = visibleEnd(markdown);
  if (end === '') return true;
  if (FINAL_PUNCTUATION.test(end)) return true;
  const closers = CLOSERS.exec(end);
  return closers ? FINAL_PUNCTUATION.test(end.slice(0, closers.index)) : false;
}

/**
 * Join two pieces of one paragraph split at a line end. Nothing is inserted
 * between digits (1345 must not become 1 345), Han characters or punctuation;
 * only two Latin words wrapped apart get the space a line end stood for.
 */
export function joinPieces(before: string, after: string): string {
  const left = before.replace(/\s+$/, '');
  const right = after.replace(/^\s+/, '');
  const needsSpace = /[A-Za-z]$/.test(left) && /^[A-Za-z]/.test(right);
  return left + (needsSpace ? ' ' : '') + right;
}

export interface TextPiece {
  markdown: string;
  line: number;
  isHeading: boolean;
  /** A page number marked a page break right before this piece. */
  pageBreakBefore?: boolean;
  /** A GFM table: never joined to a neighbour. */
  table?: boolean;
}

/** Text that cannot open a paragraph: it continues the sentence before a page break. */
const CONTINUES = /^(?:\*\*)?[，、；：。！？）)」』”’%]/;
/** Typographic shapes that open a paragraph: a bold lead, numbering, a dash lead, the address. */
const OPENS =
  /^(?:\*\*|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、是]|\d+[.．、]|第[一二三四五六七八九十]+[，、]|——|各位代表|<sup>)/;

/** True when the text starts the way a paragraph opens (a bold lead, numbering, a dash lead, the address). */
export function opensParagraph(markdown: string): boolean {
  return OPENS.test(markdown);
}

/**
 * Merge pieces split by page breaks; one repair per join. A break after a
 * sentence end is decided by what follows: text that cannot open a paragraph
 * (a comma, a closing quote) is joined; a bold lead or numbering opens one;
 * anything else stays a paragraph break and is listed for the editor, since a
 * page may have ended there.
 */
export function joinPageBreaks(pieces: TextPiece[], repairs: Repair[]): TextPiece[] {
  const merged: TextPiece[] = [];
  for (const piece of pieces) {
    const previous = merged.at(-1);
    const between = previous && !previous.isHeading && !piece.isHeading && !previous.table && !piece.table;
    // A page that is known to end (a page number followed) at a sentence end mostly ends mid-paragraph:
    // a paragraph has several sentences and only one last one.
    const knownPageEnd = piece.pageBreakBefore === true && !OPENS.test(piece.markdown);
    if (previous && between && (!endsSentence(previous.markdown) || CONTINUES.test(piece.markdown) || knownPageEnd)) {
      if (knownPageEnd && endsSentence(previous.markdown) && !CONTINUES.test(piece.markdown))
        repairs.push({
          kind: 'paragraph-break-kept',
          line: piece.line,
          detail: `page ended after a sentence end, the next page's text joined to the paragraph (check: a paragraph may end there): …${tail(previous.markdown)}⟪page break⟫${head(piece.markdown)}…`,
        });
      repairs.push({
        kind: 'page-break-joined',
        line: piece.line,
        detail: `joined to the paragraph of line ${previous.line}: …${tail(previous.markdown)}⟪page break⟫${head(piece.markdown)}…`,
      });
      previous.markdown = joinPieces(previous.markdown, piece.markdown);
      continue;
    }
    if (previous && between && !OPENS.test(piece.markdown))
      repairs.push({
        kind: 'paragraph-break-kept',
        line: piece.line,
        detail: `new paragraph after a sentence end: …${tail(previous.markdown)}⟪break⟫${head(piece.markdown)}…`,
      });
    merged.push({ ...piece });
  }
  return merged;
}

function tail(text: string): string {
  return [...text].slice(-12).join('');
}

function head(text: string): string {
  return [...text].slice(0, 12).join('');
}
