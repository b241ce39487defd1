/**
 * The one reader of Chinese numerals, for every caller: outline numbering (一、, （十二）),
 * datelines (二〇二四年二月二十一日) and the number words a translation's figures may
 * come from (十四五 → "14th", 百强 → "top 100"). Reports write numbers two ways:
 *
 * - counting, with the units 十 百 千 and the sections 万 亿: 十一 or 一十一, 一百零五,
 *   两千, 三万亿 (`parseChineseNumeral`);
 * - digit by digit, as years are written: 二〇二四, 二零二四 (`parseChineseDigits`).
 *
 * Pure (no Node APIs): used by ingest (scripts/lib/ingest/) and by the figure check (src/lib/figures/).
 */

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZEROS = new Set(['〇', '零']);
/** Units inside a section, written largest first: 三千二百五十. */
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/** Section words: what comes before them is multiplied (三万 → 30000, 一千二百亿). */
const SECTIONS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * A counting numeral's value: 三 → 3, 十一 and 一十一 → 11, 一百零五 → 105, 两千 → 2000,
 * 一亿二千万 → 120000000, 万亿 → 10^12; a lone 〇 or 零 is 0. A unit without a digit
 * counts one of it (十五, 百强, 万人). Undefined for anything that is no numeral: digits
 * side by side (四五, 二〇二四: see `parseChineseDigits`), units out of order (十十, 十百),
 * a leading 零, other characters.
 */
export function parseChineseNumeral(text: string): number | undefined {
  const chars = [...text];
  if (chars.length === 1 && ZEROS.has(text)) return 0;
  let total = 0; // the sections closed by 万 or 亿
  let sectionUnit = Infinity; // the value of the last section word (万亿 counts as one of 10^12)
  let section = 0; // the current section, below its 万 or 亿
  let lastUnit = Infinity; // the last of 十 百 千 in this section
  let digit: number | undefined; // a digit waiting for its unit
  let zeroAfter = Infinity; // the place a 零 follows: what comes after it must be at least two places lower
  let previousWasZero = false; // one 零 stands for any gap: 一万零五, not 一万零零五
  for (const ch of chars) {
    const value = DIGITS[ch];
    const unit = UNITS[ch];
    const sectionWord = SECTIONS[ch];
    if (ZEROS.has(ch)) {
      // 零 fills a gap after a unit (一百零五, 一万零五百, 二十〇); before anything or after a digit it is a digit.
      if (digit !== undefined || (total === 0 && section === 0) || previousWasZero) return undefined;
      zeroAfter = Math.min(lastUnit, sectionUnit);
    } else if (value !== undefined) {
      if (digit !== undefined) return undefined;
      digit = value;
    } else if (unit !== undefined) {
      if (unit >= lastUnit || unit * 10 >= zeroAfter) return undefined;
      section += (digit ?? 1) * unit;
      lastUnit = unit;
      digit = undefined;
    } else if (sectionWord !== undefined) {
      const count = section + (digit ?? 0);
      if (sectionWord < sectionUnit) {
        // A smaller section after a larger one adds to it (一亿|二千万), and must count something (not 亿万).
        if (count === 0 && total > 0) return undefined;
        total += (count || 1) * sectionWord;
        sectionUnit = sectionWord;
      } else {
        // A larger one multiplies all before it: 三万|亿 is 3 × 10^12.
        total = (total + count || 1) * sectionWord;
        sectionUnit *= sectionWord;
      }
      section = 0;
      lastUnit = Infinity;
      digit = undefined;
      zeroAfter = Infinity;
    } else {
      return undefined;
    }
    previousWasZero = ZEROS.has(ch);
  }
  // A last digit counts ones: after 零 that needs a gap of two places (一百零五, not 十零五).
  if (chars.length === 0 || (digit !== undefined && zeroAfter <= 10)) return undefined;
  return total + section + (digit ?? 0);
}

/** 〇 as typed when it is not at hand: ○ (a circle), Ｏ or O (letters). */
const ZERO_STAND_INS = /[○ＯO]/g;
const DIGIT_BY_DIGIT = '〇零一二三四五六七八九';

/**
 * A number written digit by digit, as years are: 二〇二四 and 二零二四 → 2024 (also with
 * ○, Ｏ or O for 〇). Undefined for anything else, counting numerals included (二十).
 */
export function parseChineseDigits(text: string): number | undefined {
  const chars = [...text.replace(ZERO_STAND_INS, '〇')];
  if (chars.length === 0 || chars.some((char) => !DIGIT_BY_DIGIT.includes(char))) return undefined;
  return Number(chars.map((char) => Math.max(0, DIGIT_BY_DIGIT.indexOf(char) - 1)).join(''));
}
