/**
 * Chinese numerals as used in report outlines: 一、 二、 … 十、 十一、 … 九十九、
 * and （一） （二） … for sections.
 */
const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Parse 一 … 九十九 to a number; returns undefined for anything else. */
export function parseChineseNumeral(text: string): number | undefined {
  if (!/^[〇零一二两三四五六七八九十]+$/.test(text)) return undefined;
  const tenAt = text.indexOf('十');
  if (tenAt === -1) return text.length === 1 ? DIGITS[text] : undefined;
  if (text.indexOf('十', tenAt + 1) !== -1) return undefined;
  const tensText = text.slice(0, tenAt);
  const onesText = text.slice(tenAt + 1);
  if (tensText.length > 1 || onesText.length > 1) return undefined;
  const tens = tensText === '' ? 1 : DIGITS[tensText];
  const ones = onesText === '' ? 0 : DIGITS[onesText];
  if (tens === undefined || ones === undefined) return undefined;
  return tens * 10 + ones;
}

/** The outline numbering a heading text starts with, if any. */
export type OutlineNumbering = { kind: 'part'; number: number; label: string } | { kind: 'section'; number: number; label: string };

/** Read the numbering prefix of a heading: 一、 → part 1; （二） or (二) → section 2. */
export function readOutlineNumbering(text: string): OutlineNumbering | undefined {
  const part = /^([〇零一二两三四五六七八九十]+)、/.exec(text);
  if (part?.[1]) {
    const number = parseChineseNumeral(part[1]);
    if (number !== undefined) return { kind: 'part', number, label: part[0] };
  }
  const section = /^[（(]([〇零一二两三四五六七八九十]+)[）)]/.exec(text);
  if (section?.[1]) {
    const number = parseChineseNumeral(section[1]);
    if (number !== undefined) return { kind: 'section', number, label: section[0] };
  }
  return undefined;
}
