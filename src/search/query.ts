/**
 * Query rules shared by the search page and the tests (pure, no browser APIs).
 *
 * Pagefind splits a Chinese query into single characters and prefix-matches
 * them (信创 → 信 + 创), which ranks decoys such as 诚信…创新. So a term that is
 * not a plain Latin word must appear literally in a result's text; Latin words
 * keep Pagefind's stemming (parks finds park). Terms separated by spaces all
 * have to match.
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
 * One regular expression that finds every term in a text, as the search
 * matches them: Latin words by stem at a word start (park → parks, parking),
 * everything else as written. Used for excerpts and on-page highlighting.
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
 * Whether a result's text satisfies every term: non-Latin terms (Chinese,
 * figures, PM2.5) literally; Latin words as a word starting with their stem.
 * The Latin check matters too: Pagefind silently drops a term that matches
 * nothing in an index, so an English word searched in the Chinese index would
 * otherwise return unrelated paragraphs.
 */
export function matchesLiterally(text: string, terms: readonly string[]): boolean {
  const haystack = normaliseForMatch(text);
  return terms.every((term) => {
    if (!isPlainLatinWord(term)) return haystack.includes(normaliseForMatch(term));
    return new RegExp(`(?:^|[^a-z])${escapeRegExp(latinStem(term))}`, 'u').test(haystack);
  });
}

/** The string handed to Pagefind: the terms, space-separated, without our quotes. */
export function pagefindQuery(terms: readonly string[]): string {
  return terms.join(' ');
}

/**
 * An excerpt around the first literal match of any term, with every literal
 * match wrapped in <mark>. Text is escaped first: the result is safe HTML.
 * Latin words are matched as word prefixes (a rough stem: park → parks).
 */
export function excerptWithMarks(text: string, terms: readonly string[], radius = 60): string {
  const finder = termsPattern(terms);
  const first = finder ? text.search(finder) : -1;
  const start = Math.max(0, first - radius);
  const end = Math.min(text.length, (first === -1 ? 0 : first) + radius * 2);
  const slice = text.slice(start, end);
  let html = '';
  let last = 0;
  for (const match of finder ? slice.matchAll(finder) : []) {
    const at = match.index ?? 0;
    html += `${escapeHtml(slice.slice(last, at))}<mark>${escapeHtml(match[0])}</mark>`;
    last = at + match[0].length;
  }
  html += escapeHtml(slice.slice(last));
  return `${start > 0 ? '…' : ''}${html}${end < text.length ? '…' : ''}`;
}
