/**
 * Query rules shared by the search page, the landing-page highlight and the
 * tests (pure, no browser APIs). Terms separated by spaces all have to match;
 * how a term is matched is in search/index-text.ts and client/pagefind.ts.
 */
import { escapeHtml } from '../lib/escape-html.ts';

/** Split a query into terms; quotes group words ("new quality"). */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const match of query.normalize('NFKC').matchAll(/"([^"]+)"|(\S+)/g)) {
    const term = (match[1] ?? match[2] ?? '').trim();
    if (term) terms.push(term);
  }
  return terms;
}

/** A term Pagefind can stem and match by itself: only Latin letters (and apostrophes/hyphens). */
export function isPlainLatinWord(term: string): boolean {
  return /^[A-Za-z][A-Za-z'’-]*$/.test(term);
}

/** Text as compared literally: zero-width characters removed, Latin case folded, width normalised. */
export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One regular expression that finds every term in a text: Latin words by a
 * rough stem at a word start (park → parks, parking), everything else as
 * written. Used for the highlight on the page a result opens (the search page
 * marks the words Pagefind itself matched).
 */
export function termsPattern(terms: readonly string[]): RegExp | undefined {
  if (terms.length === 0) return undefined;
  const parts = terms.map((term) =>
    isPlainLatinWord(term) ? `\\b${escapeRegExp(latinStem(term))}[a-z]*` : escapeRegExp(term.normalize('NFKC')),
  );
  return new RegExp(parts.join('|'), 'giu');
}

/**
 * A rough English stem, enough to check a stemmed match by word prefix:
 * parks → park, industries → industri, developing → develop.
 */
export function latinStem(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length <= 4) return lower;
  return lower.replace(/(?:ies|es|s|ing|ed)$/, (suffix) => (suffix === 'ies' ? 'i' : ''));
}

/**
 * An excerpt of `text` around its first marked range, every range wrapped in
 * <mark> (ranges as [start, end) offsets, from the words Pagefind matched).
 * Text is escaped first: the result is safe HTML.
 */
export function excerptWithMarks(text: string, ranges: readonly (readonly [number, number])[], radius = 60): string {
  // Touching ranges (the characters of 信创, each a word) become one mark.
  const marks: [number, number][] = [];
  for (const [from, to] of ranges.filter(([start, end]) => end > start).toSorted((a, b) => a[0] - b[0])) {
    const last = marks.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else marks.push([from, to]);
  }
  const first = marks[0]?.[0] ?? 0;
  const start = Math.max(0, first - radius);
  const end = Math.min(text.length, first + radius * 2);
  let html = '';
  let at = start;
  for (const [from, to] of marks) {
    if (to <= at || from >= end) continue;
    const clippedFrom = Math.max(from, at);
    const clippedTo = Math.min(to, end);
    html += `${escapeHtml(text.slice(at, clippedFrom))}<mark>${escapeHtml(text.slice(clippedFrom, clippedTo))}</mark>`;
    at = clippedTo;
  }
  html += escapeHtml(text.slice(at, end));
  return `${start > 0 ? '…' : ''}${html}${end < text.length ? '…' : ''}`;
}
