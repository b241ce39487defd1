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
  /** A GFM table: never joined to a neighbour. */
  table?: boolean;
}

/** Merge pieces split by page breaks; returns merged pieces and one repair per join. */
export function joinPageBreaks(pieces: TextPiece[], repairs: Repair[]): TextPiece[] {
  const merged: TextPiece[] = [];
  for (const piece of pieces) {
    const previous = merged.at(-1);
    if (previous && !previous.isHeading && !piece.isHeading && !previous.table && !piece.table && !endsSentence(previous.markdown)) {
      repairs.push({
        kind: 'page-break-joined',
        line: piece.line,
        detail: `joined to the paragraph of line ${previous.line}: …${tail(previous.markdown)}⟪page break⟫${head(piece.markdown)}…`,
      });
      previous.markdown = joinPieces(previous.markdown, piece.markdown);
      continue;
    }
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
