/**
 * The text of a search record as Pagefind indexes it, and back (pure, shared by
 * the build and the search page).
 *
 * Pagefind splits a record's content on whitespace, one word per position, and
 * an exact ("quoted") search asks for words at consecutive positions. So every
 * CJK character is written as a word of its own, and so are runs of "." and "+"
 * at the edges of a Latin word or figure ("parks." → "parks .", 'clean-up".' →
 * 'clean-up" .'): then "信 创" at consecutive positions is exactly the text 信创,
 * in Chinese and inside English alike, and "parks" is a word to stem, not
 * "parks.". The one index is English (Pagefind's Snowball English stems Latin
 * words; a single character is left as it is), so one runtime searches both
 * languages.
 *
 * Pagefind drops punctuation from the words it indexes, but a word that is only
 * punctuation still takes a position, and a query cannot ask for it. So a mark
 * such as 、 or ， is glued to the word before it (after an invisible separator,
 * U+2063), and takes no position: 一街、两翼、多区, as a reader copies it from the
 * glossary, is then the consecutive words 一 街 两 翼 多 区.
 *
 * The search page shows the text from the same content, so the split is made
 * reversible: a separator the split inserted is a plain space, removed again by
 * `displayText`; whitespace the text had where a separator would be removed is
 * written as a word joiner (U+2060) at the end of the word before it, and
 * becomes a space again. It too is part of that word, not a word of its own,
 * or 212.5亿元 (as a reader types it) would not be the consecutive words of
 * 完成 212.5 亿元 (as ingest keeps the source's spacing).
 */

/** A character that is a word by itself: Han, kana, CJK symbols and punctuation, full-width forms, double quotes, dashes and ellipses (an apostrophe stays inside its word). */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF\u2014\u2016\u201C\u201D\u2025\u2026\u203B]/u;
/** Characters Pagefind is told to keep inside words (pagefind-index.ts): figures and labels such as 1580.62, PM2.5, 网格化+全帮办. */
export const INCLUDE_CHARACTERS = '.+';
const EDGE = /^[.+]+$/;
const ALNUM = /[\p{L}\p{N}]/u;
/** Ends a word that the original text followed with whitespace where the display would otherwise join the words. */
const KEPT_SPACE = '\u2060';
/** Glues punctuation to the word before it (see above). */
const GLUE = '\u2063';

function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK.test(char);
}

/** Whether the display joins two neighbouring words without a space. */
function joined(left: string, right: string): boolean {
  const last = left.at(-1);
  const first = right[0];
  if (isCjk(last) || isCjk(first)) return true;
  return (EDGE.test(right) && ALNUM.test(left)) || (EDGE.test(left) && ALNUM.test(right));
}

/** One whitespace-free chunk of text as words: CJK characters alone, "."/"+" runs split off a word's edges. */
function chunkWords(chunk: string): string[] {
  const words: string[] = [];
  let run = '';
  const flush = () => {
    if (!run) return;
    const [, lead = '', body = '', trail = ''] = /^([.+]*)(.*?)([.+]*)$/su.exec(run) ?? [];
    if (!body) words.push(run);
    else {
      // Split an edge off a word that has a letter or digit, also behind a closing quote or bracket:
      // Pagefind drops the " and ), but keeps the "." of clean-up". as part of the word ("cleanup.").
      // Punctuation alone, "(+" or ").", stays whole.
      const splitLead = lead !== '' && ALNUM.test(body);
      const splitTrail = trail !== '' && ALNUM.test(body);
      if (splitLead) words.push(lead);
      words.push(`${splitLead ? '' : lead}${body}${splitTrail ? '' : trail}`);
      if (splitTrail) words.push(trail);
    }
    run = '';
  };
  for (const char of chunk) {
    if (isCjk(char)) {
      flush();
      words.push(char);
    } else run += char;
  }
  flush();
  return words.filter((word) => word !== '');
}

/** Whether Pagefind indexes anything of a word: a letter, a digit, or a character it is told to keep. */
function hasToken(word: string): boolean {
  return ALNUM.test(word) || /[.+]/.test(word);
}

/** The record content Pagefind indexes for `text`. */
export function indexText(text: string): string {
  const chunks = text
    .replace(/[\u200B\u2060\u2063]/g, '')
    .split(/\s+/u)
    .filter(Boolean);
  const out: string[] = [];
  let previous: string | undefined;
  for (const chunk of chunks) {
    chunkWords(chunk).forEach((word, index) => {
      if (index === 0 && previous !== undefined && joined(previous, word)) out.push(`${out.pop() ?? ''}${KEPT_SPACE}`);
      out.push(out.length > 0 && !hasToken(word) ? `${out.pop() ?? ''}${GLUE}${word}` : word);
      previous = word;
    });
  }
  return out.join(' ');
}

/** The text a reader sees, from a record's indexed content (the inverse of indexText). */
export function displayText(content: string): string {
  return joinWords(content.split(' ').filter(Boolean)).text;
}

/**
 * Punctuation that frames a word rather than belongs to it, as in `zones,`,
 * `(zones)` or `“zones”`: brackets, quotes and the marks that end a clause. A
 * percent sign, or a point inside a figure or an abbreviation (e.g.), stays.
 */
const FRAMING = /[\p{Ps}\p{Pe}\p{Pi}\p{Pf},;:!?、，。；：！？]/u;

/** Where a word's own characters are, without framing punctuation or a sentence's full stop at its edges. */
function coreSpan(word: string, at: number): [number, number] {
  let start = 0;
  let end = word.length;
  while (start < end && FRAMING.test(word.charAt(start))) start += 1;
  while (end > start && FRAMING.test(word.charAt(end - 1))) end -= 1;
  // A full stop ends the sentence unless the word has another point (e.g.).
  if (end - start > 1 && word.charAt(end - 1) === '.' && !word.slice(start, end - 1).includes('.')) end -= 1;
  return start < end ? [at + start, at + end] : [at, at + word.length];
}

/**
 * Joins indexed words into display text, and tells where each word starts and
 * ends in it (without the punctuation glued to it or at its edges, or a kept
 * space), so a match Pagefind reports by word position can be marked in the text.
 */
export function joinWords(words: readonly string[]): { text: string; spans: [number, number][] } {
  let text = '';
  const spans: [number, number][] = [];
  let previous: string | undefined;
  let keptSpace = false;
  for (const indexed of words) {
    indexed.split(GLUE).forEach((part, index) => {
      const word = part.endsWith(KEPT_SPACE) ? part.slice(0, -KEPT_SPACE.length) : part;
      if (previous !== undefined && (keptSpace || !joined(previous, word))) text += ' ';
      if (index === 0) spans.push(coreSpan(word, text.length));
      text += word;
      previous = word;
      keptSpace = word !== part;
    });
  }
  return { text, spans };
}

/**
 * The words of a query term as Pagefind should find them at consecutive
 * positions: without punctuation (一街、两翼 is 一 街 两 翼; a "+" or "." between
 * two words stays, as in 网格化+全帮办), and whether the text had a space between
 * a figure and a character or not.
 */
export function termWords(term: string): string[] {
  const words = indexText(term)
    .split(' ')
    .map((word) => (word.split(GLUE)[0] ?? '').replaceAll(KEPT_SPACE, ''))
    .filter(hasToken);
  const first = words.findIndex((word) => ALNUM.test(word));
  const last = words.findLastIndex((word) => ALNUM.test(word));
  return first === -1 ? [] : words.slice(first, last + 1);
}
