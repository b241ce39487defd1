/**
 * The 名词解释 list at the end of a report becomes structured glossary entries, and
 * every `<sup>[n]</sup>` marker in the body is tied to its entry and to the term
 * printed just before it (“惠商保”<sup>[1]</sup> → the term “惠商保”).
 */
import { termToKey } from '../../../src/lib/glossary-key.ts';
import { markdownToPlainText } from '../../../src/markdown/plain-text.ts';
import type { Diagnostics } from './diagnostics.ts';
import { joinPieces } from './page-breaks.ts';
import type { Repair } from './repairs.ts';
import { foldScript } from './script-folding.ts';
import type { SourceLine } from './source-line.ts';

export interface GlossaryUse {
  /** Id of the block that carries the marker. */
  block: string;
  /** The text just before the marker that names the term; empty if none was found. */
  anchor: string;
  /** True when the source had no marker and the use is the first occurrence of the term. */
  inferred?: true;
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
  /** What stood between term and definition in the source (a colon, a line break); not stored. */
  separator: string;
  /** Source lines of the entry (for the fidelity check); not stored. */
  sourceLines: number[];
}

/**
 * The heading that opens the glossary list: 名词解释, 注释, 名词注释, 有关名词解释,
 * 《政府工作报告》名词解释, 附件2 名词解释, 附件2：名词解释, in either script.
 */
export function isGlossaryHeading(text: string): boolean {
  const core = foldScript(markdownToPlainText(text))
    .replace(/[\s\u3000]/g, '')
    .replace(/^附(?:件|录)?[0-9一二三四五六七八九十]*[:：.、]?/, '')
    .replace(/^《[^》]{1,20}》/, '')
    .replace(/^(?:有关|相关)/, '')
    .replace(/[:：]$/, '');
  return /^(?:名词解释|名词注释|注释|名词解读|名词说明|名词术语解释|注解)$/.test(core);
}

/** 1. 1、 1． （1） (1) [1] ［1］ 〔1〕 【1】 at the start of an entry. */
// `1\.`: a web copy's line-start `1.` is escaped so Markdown keeps it text; it is still a number here.
const ITEM = /^(?:(\d{1,3})\s*\\?[.．、]|[（(]\s*(\d{1,3})\s*[）)]|[[［〔【]\s*(\d{1,3})\s*[\]］〕】]|([①-⑳]))\s*(.*)$/s;
/** ① … ⑳ → 1 … 20. */
export function circledNumber(char: string): number {
  return (char.codePointAt(0) ?? 0) - 0x245f;
}
/** A term printed alone on its line, the definition on the next. */
const TERM_ONLY = /^[^。；，,;]{1,30}$/;

interface Item {
  n: number;
  text: string;
  line: number;
  /** True when the entry line held only the term. */
  termOnly: boolean;
  definition: string;
  sourceLines: number[];
}

export function parseGlossaryList(lines: SourceLine[], diagnostics: Diagnostics, repairs: Repair[]): GlossaryEntry[] {
  const items: Item[] = [];
  const unnumbered = lines[0] !== undefined && !ITEM.test(lines[0].markdown) && /^[^。；]{1,30}[：:]/.test(lines[0].markdown);
  if (unnumbered)
    repairs.push({
      kind: 'glossary-entry-numbered',
      line: lines[0]?.line ?? 0,
      detail: 'the 名词解释 entries carry no numbers; each line is an entry, numbered in order',
    });
  let entryStyle: number | undefined;
  for (const line of lines) {
    if (line.table) {
      diagnostics.error(line.line, 'a table inside the 名词解释 section; the glossary must be a list of "term：definition" entries');
      continue;
    }
    if (line.note !== undefined) {
      // A Word footnote: numbered by the note, term and definition as its text holds them.
      items.push({ n: line.note, text: line.markdown, line: line.line, termOnly: false, definition: '', sourceLines: [line.line] });
      continue;
    }
    const item = unnumbered ? undefined : ITEM.exec(line.markdown);
    const previous = items.at(-1);
    // Entries share one numbering style (1. or （1） or [1] or ①); a line numbered in another
    // style inside a definition is one of its sub-items: （1）… under entry 3.
    const style = item ? [1, 2, 3, 4].find((group) => item[group] !== undefined) : undefined;
    entryStyle ??= style;
    const subItem = previous !== undefined && style !== undefined && style !== entryStyle;
    if (unnumbered || (item && style !== undefined && !subItem)) {
      const text = unnumbered ? line.markdown : (item?.[5] ?? '');
      const n = unnumbered ? items.length + 1 : item?.[4] ? circledNumber(item[4]) : Number(item?.[1] ?? item?.[2] ?? item?.[3]);
      const termOnly = !/[：:]/.test(text) && TERM_ONLY.test(markdownToPlainText(text));
      items.push({ n, text, line: line.line, termOnly, definition: '', sourceLines: [line.line] });
    } else if (previous?.termOnly && previous.definition === '') {
      previous.definition = line.markdown;
      previous.sourceLines.push(line.line);
    } else if (previous) {
      repairs.push({
        kind: 'glossary-entry-joined',
        line: line.line,
        detail: `joined to glossary entry ${previous.n} (${line.blankBefore ? 'page break' : 'line break'} inside the entry)`,
      });
      if (previous.termOnly) previous.definition = joinPieces(previous.definition, line.markdown);
      else previous.text = joinPieces(previous.text, line.markdown);
      previous.sourceLines.push(line.line);
    } else {
      diagnostics.error(line.line, 'text in the 名词解释 section that is not a numbered entry such as "1. “惠商保”：……"');
    }
  }
  const entries: GlossaryEntry[] = [];
  items.forEach((item, index) => {
    if (item.n !== index + 1) {
      diagnostics.error(item.line, `glossary entry number ${item.n} ${item.n <= index ? 'repeats' : 'skips'}: expected ${index + 1}`);
    }
    const split = splitEntry(item);
    if (!split) {
      diagnostics.error(item.line, `glossary entry ${item.n} has no "term：definition" colon, and no quoted term opens it`);
      return;
    }
    entries.push({ n: item.n, key: termToKey(split.term), ...split, line: item.line, uses: [], sourceLines: item.sourceLines });
  });
  return entries;
}

/** Term and definition: around the first colon, or a term line and a definition line, or a quoted term that opens the entry. */
function splitEntry(item: Item): { term: string; definition: string; separator: string } | undefined {
  if (item.termOnly) {
    if (item.definition === '') return undefined;
    return { term: item.text.trim(), definition: item.definition.trim(), separator: '' };
  }
  const colon = item.text.search(/[：:]/);
  if (colon > 0)
    return { term: item.text.slice(0, colon).trim(), definition: item.text.slice(colon + 1).trim(), separator: item.text.charAt(colon) };
  const quoted = /^(?:\*\*)?([“"《][^”"》]{1,30}[”"》])(?:\*\*)?\s*(.+)$/s.exec(item.text);
  if (quoted?.[1] && quoted[2]) return { term: quoted[1], definition: quoted[2].trim(), separator: '' };
  return undefined;
}

const MARKER = /<sup>\[(\d+)\]<\/sup>/g;

/** How far before its marker a term may stand (two markers in a row: “两重”“两新”[1][2]). */
const ANCHOR_REACH = 40;

/**
 * The term printed before a marker: the entry's own wording (in either script,
 * with or without its quotation or book-title marks) ending near the marker,
 * other markers in between skipped; else the last quoted span right before it.
 */
export function findAnchor(before: string, term: string): string {
  const text = before.replace(/\*\*/g, '').replace(/<sup>\[\d+\]<\/sup>$/g, '');
  const trimmed = text.replace(/(?:<sup>\[\d+\]<\/sup>)+$/, '');
  if (trimmed.endsWith(term)) return term;
  const near = foldScript(trimmed.slice(-ANCHOR_REACH).replace(/<sup>\[\d+\]<\/sup>/g, ''));
  const bare = term.replace(/^[“"《「『]|[”"》」』]$/g, '');
  for (const candidate of [term, bare, `“${bare}”`, `《${bare}》`]) {
    const at = near.lastIndexOf(foldScript(candidate));
    if (candidate.length >= 2 && at !== -1) {
      const original = trimmed.slice(-ANCHOR_REACH).replace(/<sup>\[\d+\]<\/sup>/g, '');
      return original.slice(at, at + candidate.length);
    }
  }
  const quoted = /“[^“”]{1,30}”$/.exec(trimmed);
  return quoted ? quoted[0] : '';
}

/** Tie every body marker to its entry; errors for unknown markers (unused entries are inferUses's). */
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
}

/**
 * Glossary markers in the other shapes sources print them ([1], ［1］, 〔1〕, 【1】, ①, $^{1}$, [^1], ^1^,
 * <sup>1</sup>, <sup>［1］</sup>, <sup>①</sup>, superscript digits ¹²) become `<sup>[1]</sup>`.
 * Only numbers of existing entries count (〔2024〕 in a document number is not a
 * marker), and a superscript after a Latin letter or digit (m², km³) is a unit.
 */
const MARKER_SHAPES =
  /<sup>\s*(?:[[［〔【]?\s*(\d{1,3})\s*[\]］〕】]?|([①-⑳]))\s*<\/sup>|[[［〔【](\d{1,3})[\]］〕】]|([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})|([①-⑳])|\$\^\{?\[?(\d{1,3})\]?\}?\$|\[\^(\d{1,3})\]|\^(\d{1,3})\^/g;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export function normaliseMarkers(blocks: { markdown: string; line: number }[], entryCount: number, repairs: Repair[]): void {
  if (entryCount === 0) return;
  for (const block of blocks) {
    block.markdown = block.markdown.replace(
      MARKER_SHAPES,
      (
        whole: string,
        sup?: string,
        supCircled?: string,
        bracket?: string,
        superscript?: string,
        circled?: string,
        latex?: string,
        footnote?: string,
        caret?: string,
        offset: number = 0,
      ) => {
        if (/^<sup>\[\d+\]<\/sup>$/.test(whole)) return whole;
        const before = block.markdown.slice(0, offset);
        if ((sup !== undefined || supCircled !== undefined || superscript !== undefined) && /[A-Za-z0-9]$/.test(before)) return whole;
        // ① after a term is a marker; after 注：, ；, a line start it enumerates (注：①…；②…).
        if (circled !== undefined && !/[\u3400-\u9fff”’》」』)）]$/.test(before)) return whole;
        const digits =
          (circled ?? supCircled)
            ? String(circledNumber((circled ?? supCircled) as string))
            : superscript
              ? [...superscript].map((char) => SUPERSCRIPT_DIGITS.indexOf(char)).join('')
              : (sup ?? bracket ?? latex ?? footnote ?? caret ?? '');
        const n = Number(digits);
        if (!(n >= 1 && n <= entryCount)) return whole;
        repairs.push({ kind: 'glossary-marker-normalised', line: block.line, detail: `${whole} read as glossary marker [${n}]` });
        return `<sup>[${n}]</sup>`;
      },
    );
  }
}

/**
 * Entries no marker points to (web copies usually lose them) are tied to the
 * first block that names their term; the ingest report lists these ties as
 * inferred, and the site shows them without a note number.
 */
export function inferUses(blocks: { id: string; markdown: string; line: number }[], entries: GlossaryEntry[], repairs: Repair[]): void {
  const plainBlocks = blocks.map((block) => ({ block, folded: foldScript(block.markdown) }));
  for (const entry of entries) {
    if (entry.uses.length > 0) continue;
    const bare = entry.term.replace(/^[“"《「『]|[”"》」』]$/g, '').replace(/\*\*/g, '');
    for (const candidate of [entry.term, bare]) {
      if (candidate.length < 2) continue;
      const folded = foldScript(candidate);
      const found = plainBlocks.find(({ folded: text }) => text.includes(folded));
      if (!found) continue;
      const at = found.folded.indexOf(folded);
      const anchor = found.block.markdown.slice(at, at + candidate.length);
      entry.uses.push({ block: found.block.id, anchor, inferred: true });
      repairs.push({
        kind: 'glossary-use-inferred',
        line: found.block.line,
        detail: `entry ${entry.n} ${entry.term} → first occurrence of ${anchor} in #${found.block.id} (no marker in the source)`,
      });
      break;
    }
  }
}
