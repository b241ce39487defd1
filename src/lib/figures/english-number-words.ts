/** English number words a translation may use for a figure: "three", "twenty-five", "fifth". */

const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
]; // prettier-ignore

/** Value of an English number word ("three", "twenty-five", "fifth"); undefined if it is none. */
export function wordValue(word: string): { value: number; ordinal: boolean } | undefined {
  const lower = word.toLowerCase();
  const ordinal = ORDINAL_WORDS.indexOf(lower);
  if (ordinal !== -1) return { value: ordinal + 1, ordinal: true };
  const [tensWord = '', onesWord] = lower.split('-');
  const small = [...ONES, ...TEENS].indexOf(tensWord);
  if (small !== -1 && onesWord === undefined) return { value: small + 1, ordinal: false };
  const tens = TENS.indexOf(tensWord);
  const ones = onesWord === undefined ? 0 : ONES.indexOf(onesWord) + 1;
  if (tens === -1 || (ones === 0 && onesWord !== undefined)) return undefined;
  return { value: (tens + 2) * 10 + ones, ordinal: false };
}

/** Number words as regex alternatives, longest first so "fourteen" is not read as "four". */
export const NUMBER_WORDS = [`(?:${TENS.join('|')})-(?:${ONES.join('|')})`, ...ORDINAL_WORDS, ...TENS, ...TEENS, ...ONES]
  .sort((a, b) => b.length - a.length)
  .join('|');
