/**
 * The figures of an English paragraph: digits and number words, with their
 * multiplier, percent and ordinal suffix (158.062 billion, 2.1%, 61st, three).
 */
import { groupFigures, isIdentifier, NUMBER, type Amount } from './amount.ts';
import { NUMBER_WORDS, wordValue } from './english-number-words.ts';
import type { Figure } from './figure.ts';
import { figureText } from './figure-text.ts';
import { englishHedge } from './qualifiers.ts';
import { groupRanges, isEnglishRangeSeparator } from './ranges.ts';
import { ENGLISH_MULTIPLIER, ENGLISH_MULTIPLIER_POWERS, ENGLISH_PERCENT } from './scales.ts';

/** Number or number word, ordinal suffix, multiplier word, percent. */
const EN_AMOUNT = new RegExp(
  String.raw`(?:(?<![\d.])(?<num>${NUMBER})(?<ord>st|nd|rd|th)?|\b(?<word>${NUMBER_WORDS})\b)` +
    String.raw`(?:[\s-]+(?<mult>${ENGLISH_MULTIPLIER})\b)?(?:\s*(?<pct>${ENGLISH_PERCENT}))?`,
  'gi',
);

/** The figures of an English paragraph: digits, and number words such as "three" or "fifth". */
export function extractEnglishFigures(markdown: string): Figure[] {
  const text = figureText(markdown);
  const amounts = [...text.matchAll(EN_AMOUNT)].flatMap((match) => englishAmount(match, text));
  return groupRanges(amounts, text, isEnglishRangeSeparator).flatMap((group) => englishGroupFigures(group, text));
}

function englishAmount(match: RegExpExecArray | RegExpMatchArray, text: string): Amount[] {
  const groups = match.groups ?? {};
  const start = match.index ?? 0;
  const word = groups['word'] === undefined ? undefined : wordValue(groups['word']);
  const num = groups['num'];
  const numEnd = start + (num ?? groups['word'] ?? '').length + (groups['ord']?.length ?? 0);
  if (num !== undefined && isIdentifier(text, start, numEnd)) return [];
  const digits = num?.replaceAll(',', '') ?? (word ? String(word.value) : undefined);
  if (digits === undefined) return [];
  return [
    {
      start,
      end: start + match[0].length,
      digits,
      power: ENGLISH_MULTIPLIER_POWERS[groups['mult']?.toLowerCase() ?? ''] ?? 0,
      percent: groups['pct'] !== undefined,
      ordinal: groups['ord'] !== undefined || word?.ordinal === true,
      more: false,
    },
  ];
}

function englishGroupFigures(group: Amount[], text: string): Figure[] {
  const first = group[0];
  const last = group.at(-1);
  if (!first || !last) return [];
  const hedge = englishHedge(text, first.start, last.end);
  return groupFigures(group, hedge.qualifier, false, text.slice(hedge.start, hedge.end).trim());
}
