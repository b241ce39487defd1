/**
 * The report's outline comes from its numbering, not from the count of `#`:
 * 一、 starts a part (h2), （一） a section (h3). PDF extraction gets the hashes
 * wrong; the numbering is what the authors wrote. Numbering that skips or
 * repeats is an error, because it means text was lost or duplicated.
 */
import { parseChineseNumeral } from '../../../src/lib/chinese-numerals.ts';
import { foldScript } from './script-folding.ts';
import { markdownToPlainText } from '../../../src/markdown/plain-text.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { Repair } from './repairs.ts';
import type { TextPiece } from './page-breaks.ts';

/** The outline numbering a heading text starts with, if any. */
export type OutlineNumbering = { kind: 'part'; number: number; label: string } | { kind: 'section'; number: number; label: string };

/** A part's or section's number: 一 … 九十九 (no 百: a report has fewer parts). */
const OUTLINE_NUMERAL = '[〇零一二两三四五六七八九十]+';
const PART_NUMBERING = new RegExp(`^(${OUTLINE_NUMERAL})、`);
const SECTION_NUMBERING = new RegExp(`^[（(](${OUTLINE_NUMERAL})[）)]`);

/**
 * The outline numbering a heading's text starts with (一、 → part 1; （二） or (二)
 * → section 2), read past decoration a repost puts before it (📌一、…, ■（一）…)
 * and in either script.
 */
export function readOutlineNumbering(text: string): OutlineNumbering | undefined {
  const heading = foldScript(text).replace(/^[\p{Extended_Pictographic}\p{So}■□●○◆◇▲△★☆▶►•\s\uFE0F]+/u, '');
  for (const [kind, pattern] of [
    ['part', PART_NUMBERING],
    ['section', SECTION_NUMBERING],
  ] as const) {
    const match = pattern.exec(heading);
    const number = match?.[1] === undefined ? undefined : parseChineseNumeral(match[1]);
    if (match && number !== undefined) return { kind, number, label: match[0] };
  }
  return undefined;
}

export interface BodyBlock {
  kind: 'heading' | 'paragraph';
  /** 2 = part, 3 = section, 4 = unnumbered sub-heading; 0 for paragraphs. */
  depth: number;
  /** Markdown without heading hashes. */
  markdown: string;
  line: number;
}

const PART_DEPTH = 2;
const SECTION_DEPTH = 3;

/** Heading text without hashes and without a bold run wrapping the whole heading. */
export function headingText(line: string): { text: string; hashes: number; unwrapped: boolean } {
  const match = /^(#{1,6})\s+(.*)$/.exec(line.trim());
  const hashes = match?.[1]?.length ?? 0;
  const raw = (match?.[2] ?? line).trim();
  const wrapped = /^\*\*(.*)\*\*$/.exec(raw);
  const innerHasBold = wrapped?.[1]?.includes('**') ?? true;
  return wrapped?.[1] !== undefined && !innerHasBold
    ? { text: wrapped[1], hashes, unwrapped: true }
    : { text: raw, hashes, unwrapped: false };
}

/** A short numbered line without a sentence inside it that was not marked as a heading. */
export function looksLikeUnmarkedHeading(markdown: string): boolean {
  const plain = markdownToPlainText(markdown);
  // Headings may hold commas (（一）坚持项目为王，持续扩大有效投资); sentences inside them may not.
  return (
    !markdown.includes('\n') &&
    [...plain].length <= 40 &&
    !/[。；！？]/.test(plain.slice(0, -1)) &&
    !/[；，：]$/.test(plain) &&
    readOutlineNumbering(plain) !== undefined
  );
}

export function buildOutline(pieces: TextPiece[], diagnostics: Diagnostics, repairs: Repair[]): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  // Reports without 一、 headings (2025年工作回顾 / 2026年工作安排) have unnumbered parts.
  const hasNumberedParts = pieces.some(
    (piece) => piece.isHeading && readOutlineNumbering(markdownToPlainText(headingText(piece.markdown).text))?.kind === 'part',
  );
  let expectedPart = 1;
  let expectedSection = 1;
  let partLine = 0;
  for (const piece of pieces) {
    if (!piece.isHeading) {
      blocks.push({ kind: 'paragraph', depth: 0, markdown: piece.markdown, line: piece.line });
      continue;
    }
    const { text, hashes, unwrapped } = headingText(piece.markdown);
    if (unwrapped)
      repairs.push({ kind: 'heading-bold-removed', line: piece.line, detail: `bold markup around the whole heading removed: ${text}` });
    const numbering = readOutlineNumbering(markdownToPlainText(text));
    let depth: number;
    if (numbering?.kind === 'part') {
      depth = PART_DEPTH;
      if (numbering.number !== expectedPart) {
        diagnostics.error(
          piece.line,
          numbering.number < expectedPart
            ? `part number ${numbering.label} repeats an earlier part (expected part ${expectedPart}); is a part duplicated?`
            : `part number ${numbering.label} skips part ${expectedPart}; is text missing before this line?`,
        );
      }
      expectedPart = numbering.number + 1;
      expectedSection = 1;
      partLine = piece.line;
    } else if (numbering?.kind === 'section') {
      depth = SECTION_DEPTH;
      if (partLine === 0 && hasNumberedParts)
        diagnostics.warning(piece.line, `section ${numbering.label} comes before any numbered part (一、)`);
      if (numbering.number !== expectedSection) {
        diagnostics.error(
          piece.line,
          numbering.number < expectedSection
            ? `section number ${numbering.label} repeats an earlier section of this part (expected section ${expectedSection})`
            : `section number ${numbering.label} skips section ${expectedSection} of the part on line ${partLine}`,
        );
      }
      expectedSection = numbering.number + 1;
    } else if (!hasNumberedParts && hashes <= PART_DEPTH) {
      depth = PART_DEPTH;
      repairs.push({
        kind: 'heading-unnumbered',
        line: piece.line,
        detail: `unnumbered part heading (the report numbers no parts): ${text}`,
      });
    } else {
      depth = Math.min(Math.max(hashes, PART_DEPTH), 4);
      diagnostics.warning(piece.line, `heading "${text}" has no outline numbering (一、 or （一）); kept at level ${depth}`);
    }
    if (hashes !== 0 && hashes !== depth) {
      repairs.push({
        kind: 'heading-level',
        line: piece.line,
        detail: `heading level ${hashes} → ${depth} (${numbering?.label ?? 'unnumbered'}): ${text}`,
      });
    }
    blocks.push({ kind: 'heading', depth, markdown: text, line: piece.line });
  }
  if (!blocks.some((block) => block.kind === 'heading' && block.depth === PART_DEPTH))
    diagnostics.error(0, 'this does not look like a report: no numbered part heading such as "一、2023年工作回顾" was found');
  return blocks;
}
