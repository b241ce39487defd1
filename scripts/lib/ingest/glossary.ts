/**
 * The 名词解释 list at the end of a report becomes structured glossary entries, and
 * every `<sup>[n]</sup>` marker in the body is tied to its entry and to the term
 * printed just before it (“惠商保”<sup>[1]</sup> → the term “惠商保”).
 */
import { termToKey } from '../../../src/lib/glossary-key.ts';
import type { Diagnostics } from './diagnostics.ts';
import { joinPieces } from './page-breaks.ts';
import type { Repair } from './repairs.ts';
import type { TextPiece } from './page-breaks.ts';

export interface GlossaryUse {
  /** Id of the block that carries the marker. */
  block: string;
  /** The text just before the marker that names the term; empty if none was found. */
  anchor: string;
}

export interface GlossaryEntry {
  /** The entry's number in the printed list (the marker's n). */
  n: number;
  /** Stable key across reports and years, from the term's pinyin. */
  key: string;
  /** The term exactly as printed before the colon, e.g. “惠商保”. */
  term: string;
  /** The definition exactly as printed after the colon. */
  definition: string;
  /** Source line of the entry. */
  line: number;
  uses: GlossaryUse[];
}

/** The heading that opens the glossary list. */
export function isGlossaryHeading(text: string): boolean {
  return /^(名词解释|名词注释|注释)[:：]?$/.test(text.replace(/\*\*/g, '').trim());
}

const ITEM = /^(\d+)[.．、]\s*(.*)$/s;

export function parseGlossaryList(pieces: TextPiece[], diagnostics: Diagnostics, repairs: Repair[]): GlossaryEntry[] {
  const items: { n: number; text: string; line: number }[] = [];
  for (const piece of pieces) {
    if (piece.isHeading) {
      diagnostics.error(piece.line, 'a heading inside the 名词解释 list; the glossary must be the last section of the report');
      continue;
    }
    const item = ITEM.exec(piece.markdown);
    const previous = items.at(-1);
    if (item?.[1] && item[2] !== undefined) {
      items.push({ n: Number(item[1]), text: item[2], line: piece.line });
    } else if (previous) {
      repairs.push({
        kind: 'glossary-entry-joined',
        line: piece.line,
        detail: `joined to glossary entry ${previous.n} (page break inside the entry)`,
      });
      previous.text = joinPieces(previous.text, piece.markdown);
    } else {
      diagnostics.error(piece.line, 'text in the 名词解释 section that is not a numbered entry such as "1. “惠商保”：……"');
    }
  }
  const entries: GlossaryEntry[] = [];
  items.forEach((item, index) => {
    if (item.n !== index + 1) {
      diagnostics.error(item.line, `glossary entry number ${item.n} ${item.n <= index ? 'repeats' : 'skips'}: expected ${index + 1}`);
    }
    const colon = item.text.search(/[：:]/);
    if (colon <= 0) {
      diagnostics.error(item.line, `glossary entry ${item.n} has no "term：definition" colon`);
      return;
    }
    const term = item.text.slice(0, colon).trim();
    entries.push({ n: item.n, key: termToKey(term), term, definition: item.text.slice(colon + 1).trim(), line: item.line, uses: [] });
  });
  return entries;
}

const MARKER = /<sup>\[(\d+)\]<\/sup>/g;

/** The term printed just before a marker: the entry's own wording, else the last quoted span. */
export function findAnchor(before: string, term: string): string {
  const text = before.replace(/\*\*/g, '');
  if (text.endsWith(term)) return term;
  const quoted = /“[^“”]{1,30}”$/.exec(text);
  return quoted ? quoted[0] : '';
}

/** Tie every body marker to its entry; errors for unknown markers, warnings for unused entries. */
export function attachMarkers(
  blocks: { id: string; markdown: string; line: number }[],
  entries: GlossaryEntry[],
  diagnostics: Diagnostics,
  repairs: Repair[],
): void {
  const byNumber = new Map(entries.map((entry) => [entry.n, entry]));
  for (const block of blocks) {
    for (const match of block.markdown.matchAll(MARKER)) {
      const n = Number(match[1]);
      const entry = byNumber.get(n);
      if (!entry) {
        diagnostics.error(block.line, `glossary marker [${n}] has no entry ${n} in the 名词解释 list`);
        continue;
      }
      const anchor = findAnchor(block.markdown.slice(0, match.index), entry.term);
      if (anchor === '')
        diagnostics.warning(
          block.line,
          `glossary marker [${n}] does not follow its term ${entry.term}; the note will hang on the marker alone`,
        );
      entry.uses.push({ block: block.id, anchor });
      repairs.push({
        kind: 'glossary-marker-attached',
        line: block.line,
        detail: `marker [${n}] → ${anchor || '(marker only)'} in #${block.id}`,
      });
    }
  }
  for (const entry of entries) {
    if (entry.uses.length === 0)
      diagnostics.warning(
        entry.line,
        `glossary entry ${entry.n} ${entry.term} is never referenced by a <sup>[${entry.n}]</sup> marker in the text`,
      );
  }
}
