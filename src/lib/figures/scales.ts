/**
 * What scales a number and what makes it a percentage, in both languages:
 * 万 and 亿 (1580.62 亿 → 158,062,000,000), million and billion, % and percent.
 * Each multiplier maps to its power of ten (`Amount.power`).
 */

export const CHINESE_MULTIPLIER_POWERS: Record<string, number> = { 万亿: 12, 千万: 7, 亿: 8, 万: 4 };

export const ENGLISH_MULTIPLIER_POWERS: Record<string, number> = { thousand: 3, million: 6, billion: 9, trillion: 12 };

/** Regex alternatives, longest first so 万亿 is not read as 万. */
export const CHINESE_MULTIPLIER = Object.keys(CHINESE_MULTIPLIER_POWERS)
  .sort((a, b) => b.length - a.length)
  .join('|');

export const ENGLISH_MULTIPLIER = Object.keys(ENGLISH_MULTIPLIER_POWERS).join('|');

/** A percentage in Chinese text is written with the sign (full-width ％ is folded by `figureText`). */
export const CHINESE_PERCENT = '%';

export const ENGLISH_PERCENT = String.raw`%|per\s?cent\b`;
