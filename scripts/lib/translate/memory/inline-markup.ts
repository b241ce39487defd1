/**
 * The inline markup a stored block may carry (ingest keeps only bold, sup and
 * sub; en.json follows the Chinese): `**bold**`, `<sup>…</sup>`, `<sub>…</sub>`.
 * The translation memory cuts blocks into sentences inside this Markdown, so it
 * walks it as tokens: a sup or sub is one token (a glossary marker `<sup>[1]</sup>`
 * or the 2 of m², never a place to cut), `**` toggles bold, anything else is a
 * character. Blocks with any other Markdown (tables, line breaks) are used whole.
 */

export type InlineToken =
  { kind: 'char'; text: string } | { kind: 'bold'; text: '**' } | { kind: 'script'; text: string; inner: string; marker: boolean };

const SCRIPT = /^<(sup|sub)>(.*?)<\/\1>/s;

/** Whether the memory can cut this block into sentences: one line, no table. */
export function isSplittable(markdown: string): boolean {
  return !markdown.includes('\n');
}

export function tokenize(markdown: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  let index = 0;
  while (index < markdown.length) {
    const rest = markdown.slice(index, index + 200);
    const script = rest.startsWith('<su') ? SCRIPT.exec(rest) : null;
    if (script) {
      const inner = script[2] ?? '';
      tokens.push({ kind: 'script', text: script[0], inner, marker: script[1] === 'sup' && /^\[\d+\]$/.test(inner) });
      index += script[0].length;
    } else if (rest.startsWith('**')) {
      tokens.push({ kind: 'bold', text: '**' });
      index += 2;
    } else {
      const char = String.fromCodePoint(markdown.codePointAt(index) ?? 0);
      tokens.push({ kind: 'char', text: char });
      index += char.length;
    }
  }
  return tokens;
}

/** The text a reader reads, without markup and without what sup and sub hold (as the figure check reads it). */
export function visibleText(markdown: string): string {
  return tokenize(markdown)
    .map((token) => (token.kind === 'char' ? token.text : ''))
    .join('');
}

/** The glossary markers (`<sup>[1]</sup>`) of a text, in order. */
export function glossaryMarkers(markdown: string): string[] {
  return tokenize(markdown).flatMap((token) => (token.kind === 'script' && token.marker ? [token.text] : []));
}

/** Replace the glossary markers of `markdown` in order by `markers` (same count), or drop them all when `markers` is empty. */
export function replaceGlossaryMarkers(markdown: string, markers: readonly string[]): string {
  let next = 0;
  return tokenize(markdown)
    .map((token) => (token.kind === 'script' && token.marker ? (markers[next++] ?? '') : token.text))
    .join('');
}

/** Whether the whole text is one bold run (a bold lead sentence). */
export function isWhollyBold(markdown: string): boolean {
  const trimmed = markdown.trim();
  return trimmed.startsWith('**') && trimmed.endsWith('**') && trimmed.length > 4 && !trimmed.slice(2, -2).includes('**');
}

export function withoutBold(markdown: string): string {
  return tokenize(markdown)
    .filter((token) => token.kind !== 'bold')
    .map((token) => token.text)
    .join('');
}
