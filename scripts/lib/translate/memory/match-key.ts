/**
 * What the memory compares: a sentence's visible Chinese without spaces, with
 * every Arabic number masked as `#`, so that a sentence whose figures changed
 * (as they do every year) still matches in full, while its figures are never
 * carried over (carry-figures.ts writes the new ones).
 */
import { NUMBER } from '../../../../src/lib/figures/amount.ts';
import { visibleText } from './inline-markup.ts';

const NUMBERS = new RegExp(NUMBER, 'g');

/** Full-width digits and signs as ASCII, as the figure check reads them. */
function asciiDigits(text: string): string {
  return text.replace(/[０-９％．，]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

/** The visible text without whitespace: equal for two sentences a reader reads alike. */
export function exactKey(markdown: string): string {
  return asciiDigits(visibleText(markdown)).replace(/\s+/g, '');
}

/** `exactKey` with every number masked. */
export function matchKey(markdown: string): string {
  return exactKey(markdown).replace(NUMBERS, '#');
}

/** 1 − Levenshtein distance / the longer length: 1 for equal keys, 0 for nothing in common. */
export function similarity(a: string, b: string, distance: (x: string, y: string) => number): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}
