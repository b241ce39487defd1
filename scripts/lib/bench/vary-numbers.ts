/**
 * Makes each synthetic report's text a little different from the real one, so
 * the search index of the synthetic collection is not 50 identical copies:
 * every run of digits in the text is shifted by an offset (2023 → 2030).
 * Block id comments (`{/* #p12 *\/}`), HTML tags and glossary markers
 * (`<sup>[3]</sup>`) are kept as they are, since the content loader checks them.
 */

const KEPT_OR_DIGITS = /(<sup>\[\d+\]<\/sup>|\{\/\*.*?\*\/\}|<[^>]*>)|(\d+)/g;

export function varyNumbers(text: string, offset: number): string {
  return text.replace(KEPT_OR_DIGITS, (match, kept: string | undefined) => (kept ? match : String(Number(match) + offset)));
}
