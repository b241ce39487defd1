/**
 * The text key figures are read from: a block's reader-visible text (the one
 * Markdown parse, src/markdown/rehype-block-text.ts) with what sup and sub hold
 * (PM2.5, m², PM10) blanked out character for character, so digits of notation
 * are never read as figures while every offset still points into the text a
 * reader sees: a figure's phrase is a slice of that text, literally.
 *
 *     text         PM2.5浓度下降，回迁安置 36 万 m2
 *     figure text  PM浓度下降，回迁安置 36 万 m
 *     masked       PM￼￼￼浓度下降，回迁安置 36 万 m￼
 */

/** What stands in for a character of notation: no digit, letter, space or punctuation any rule reads. */
export const NOTATION_MASK = '\uFFFC';

/**
 * Blank out of `text` what `figureText` (the same text without sup/sub content)
 * lacks. The two are walked side by side: a character of `text` that is not the
 * next one of `figureText` was left out, so it is notation. (Notation is short
 * and sits inside words, so the first match is the right one in practice; a
 * sup/sub that repeats the character right after it would be masked one place late.)
 * Full-width digits, % and . are made ASCII, one character for one, as the figure check does.
 */
export function maskNotation(text: string, figureText: string): string {
  let next = 0;
  let masked = '';
  for (const char of text) {
    if (figureText.startsWith(char, next)) {
      masked += char;
      next += char.length;
    } else {
      masked += char.length === 1 ? NOTATION_MASK : NOTATION_MASK.repeat(char.length);
    }
  }
  return masked.replace(/[０-９％．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
