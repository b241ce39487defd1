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

/** Terms written back as a query that `queryTerms` reads as the same terms (a term with a space is quoted). */
export function highlightParameter(terms: readonly string[]): string {
  return terms.map((term) => (/\s/.test(term) ? `"${term.replaceAll('"', '')}"` : term)).join(' ');
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
 * One regular expression that finds every term in a text, as written: Latin
 * words whole (case folded), everything else literally. The highlight on the
 * page a result opens uses it with the words Pagefind matched (`matchedWords`),
 * so "parks" marks parks and park as Pagefind's Snowball stemmer found them,
 * never parking, and no second stemming rule exists in the client.
 */
export function termsPattern(terms: readonly string[]): RegExp | undefined {
  if (terms.length === 0) return undefined;
  const parts = terms
    .toSorted((a, b) => b.length - a.length)
    .map((term) => {
      const literal = escapeRegExp(term.normalize('NFKC'));
      return isPlainLatinWord(term) ? `(?<![\\p{L}\\p{N}])${literal}(?![\\p{L}\\p{N}])` : literal;
    });
  return new RegExp(parts.join('|'), 'giu');
}

/** Non-empty ranges in order, touching ones joined: the characters of 信创 (each a word to Pagefind) become one. */
function joinTouching(ranges: readonly (readonly [number, number])[]): [number, number][] {
  const joined: [number, number][] = [];
  for (const [from, to] of ranges.filter(([start, end]) => end > start).toSorted((a, b) => a[0] - b[0])) {
    const last = joined.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else joined.push([from, to]);
  }
  return joined;
}

/**
 * The distinct words Pagefind matched in a result (`ranges` into `text`, as
 * for `excerptWithMarks`), touching ranges joined (the characters of 信创 are
 * one word each): what the opened page should highlight.
 */
export function matchedWords(text: string, ranges: readonly (readonly [number, number])[]): string[] {
  const words = new Map<string, string>();
  for (const [from, to] of joinTouching(ranges)) {
    const word = text.slice(from, to);
    words.set(normaliseForMatch(word), word);
  }
  return [...words.values()];
}

/**
 * An excerpt of `text` around its first marked range, every range wrapped in
 * <mark> (ranges as [start, end) offsets, from the words Pagefind matched).
 * Text is escaped first: the result is safe HTML.
 */
export function excerptWithMarks(text: string, ranges: readonly (readonly [number, number])[], radius = 60): string {
  const marks = joinTouching(ranges);
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
