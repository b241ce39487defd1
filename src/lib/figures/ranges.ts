/**
 * Ranges (3~5, 2021—2025, 3 to 5 million): two numbers that share the units
 * written only after the second, so both ends become figures of the same kind.
 */
import { amountValue, type Amount } from './amount.ts';

/** Whether the text between two numbers joins them into a range; `before` is the text before the first. */
export type RangeSeparatorTest = (gap: string, before: string) => boolean;

/** 3~5, 3～5, 3-5, 2021—2025, 3 至 5. */
export function isChineseRangeSeparator(gap: string): boolean {
  return /^\s*[~～〜\-－–—至到]\s*$/.test(gap);
}

/** 3 to 5, 3-5, 2–3; "2 and 3" only after "between". */
export function isEnglishRangeSeparator(gap: string, before: string): boolean {
  return /^\s*(?:-|–|—|~|to)\s*$/i.test(gap) || (/^\s+and\s+$/i.test(gap) && /\bbetween\s+$/i.test(before));
}

/**
 * Pair up ranges (3~5, 3 to 5 million): the first number takes the multiplier
 * and percent sign written only after the second. Only a rising pair with
 * compatible units is a range, so "9 percent to 703.86 billion" stays apart.
 */
export function groupRanges(amounts: Amount[], text: string, isSeparator: RangeSeparatorTest): Amount[][] {
  const groups: Amount[][] = [];
  for (const amount of amounts) {
    const last = groups.at(-1);
    const first = last?.length === 1 ? last[0] : undefined;
    if (last && first && isSeparator(text.slice(first.end, amount.start), text.slice(0, first.start)) && joinRange(first, amount)) {
      last.push(amount);
    } else {
      groups.push([amount]);
    }
  }
  return groups;
}

/** Make `first` share the units of `second` if the two form a range; false if they don't. */
function joinRange(first: Amount, second: Amount): boolean {
  if (first.power !== 0 && first.power !== second.power) return false;
  if (first.percent && !second.percent) return false;
  const inherited = { ...first, power: second.power, percent: second.percent };
  if (amountValue(inherited) > amountValue(second)) return false;
  first.power = second.power;
  first.percent = second.percent;
  return true;
}
