/**
 * Source text → title block, outline of body blocks and glossary entries.
 * Pure: no file system. Every layout change is recorded as a Repair.
 */
import type { Diagnostics } from './diagnostics.ts';
import { isGlossaryHeading, parseGlossaryList, type GlossaryEntry } from './glossary.ts';
import { buildOutline, headingText, looksLikeUnmarkedHeading, type BodyBlock } from './outline.ts';
import { joinPageBreaks, joinPieces, type TextPiece } from './page-breaks.ts';
import type { Repair } from './repairs.ts';
import { isHeadingLine, splitBlocks, type SourceBlock } from './split-blocks.ts';
import { takeTitleBlock, type TitleBlock } from './title-block.ts';

export interface ParsedReport {
  titleBlock: TitleBlock;
  body: BodyBlock[];
  glossary: GlossaryEntry[];
  repairs: Repair[];
}

export function parseReport(text: string, diagnostics: Diagnostics): ParsedReport | undefined {
  const repairs: Repair[] = [];
  const taken = takeTitleBlock(splitBlocks(text), diagnostics);
  if (!taken) return undefined;
  const pieces = taken.rest.flatMap((block) => toPieces(block, repairs));
  const glossaryAt = pieces.findIndex((piece) => piece.isHeading && isGlossaryHeading(headingText(piece.markdown).text));
  const bodyPieces = glossaryAt === -1 ? pieces : pieces.slice(0, glossaryAt);
  const glossaryPieces = glossaryAt === -1 ? [] : pieces.slice(glossaryAt + 1);
  const body = buildOutline(joinPageBreaks(bodyPieces, repairs), diagnostics, repairs);
  const glossary = parseGlossaryList(glossaryPieces, diagnostics, repairs);
  if (glossaryAt !== -1 && glossary.length === 0) diagnostics.warning(pieces[glossaryAt]?.line ?? 0, 'the 名词解释 section has no entries');
  return { titleBlock: taken.titleBlock, body, glossary, repairs };
}

/** One source block → a heading piece and/or one paragraph piece with its lines joined. */
function toPieces(block: SourceBlock, repairs: Repair[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let lines = block.lines;
  let line = block.line;
  while (lines[0] !== undefined && isHeadingLine(lines[0])) {
    pieces.push({ markdown: lines[0].trim(), line, isHeading: true });
    lines = lines.slice(1);
    line++;
  }
  if (lines.length === 0) return pieces;
  if (lines.length > 1) repairs.push({ kind: 'line-wrap-joined', line, detail: `${lines.length} lines of one paragraph joined` });
  const markdown = lines.map((text) => text.trim()).reduce((joined, next) => joinPieces(joined, next));
  if (looksLikeUnmarkedHeading(markdown)) {
    repairs.push({ kind: 'heading-promoted', line, detail: `numbered line without # read as a heading: ${markdown}` });
    pieces.push({ markdown: `## ${markdown}`, line, isHeading: true });
  } else {
    pieces.push({ markdown, line, isHeading: false });
  }
  return pieces;
}
