/**
 * The hedges around a figure, read in both languages: 余/多 and more than,
 * 近 and nearly, 以上 and or more, 左右/约 and about. A translation must keep
 * the hedge, so each side's wording is reduced to one `Qualifier`.
 */
import type { Amount } from './amount.ts';
import type { Qualifier } from './figure.ts';

/** The English words for each hedge, used in messages. */
export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  'more-than': 'more than',
  nearly: 'nearly',
  'or-more': 'or more',
  about: 'about',
};

/** 以上 is as often "over" as "or more", so the two hedges upward count as one family. */
export function qualifierFamily(qualifier: Qualifier | undefined): string | undefined {
  return qualifier === 'or-more' ? 'more-than' : qualifier;
}

// Chinese ---------------------------------------------------------------------

/** 近 3 年 is "the past 3 years", not "nearly 3 years". */
const ZH_TIME_UNITS = new Set(['年', '个月', '天', '日', '周']);

/**
 * The hedge of a Chinese figure: 余/多 inside the amount, 以上/左右 after its
 * measure word, 近/约 before it (`prefix`, which may also be the ordinal 第).
 */
export function chineseQualifier(
  group: Amount[],
  prefix: string,
  unit: string | undefined,
  hedge: string | undefined,
): Qualifier | undefined {
  if (group.some((amount) => amount.more)) return 'more-than';
  if (hedge === '以上') return 'or-more';
  if (hedge === '左右') return 'about';
  if (prefix.startsWith('近')) return unit !== undefined && ZH_TIME_UNITS.has(unit) ? undefined : 'nearly';
  if (prefix.startsWith('约')) return 'about';
  return undefined;
}

// English ---------------------------------------------------------------------

const EN_PREFIX_QUALIFIERS: Record<string, Qualifier> = {
  'more than': 'more-than', over: 'more-than', 'upwards of': 'more-than', 'in excess of': 'more-than',
  nearly: 'nearly', almost: 'nearly', 'close to': 'nearly',
  'at least': 'or-more', 'no less than': 'or-more', 'not less than': 'or-more', 'no fewer than': 'or-more', above: 'or-more',
  about: 'about', around: 'about', approximately: 'about', roughly: 'about', some: 'about',
}; // prettier-ignore

const EN_PREFIX_PHRASES = Object.keys(EN_PREFIX_QUALIFIERS).map((phrase) => phrase.replaceAll(' ', String.raw`\s+`));

/** A qualifier right before the number, allowing a currency in between (more than RMB 60 million). */
const EN_PREFIX = new RegExp(String.raw`\b(?<q>${EN_PREFIX_PHRASES.join('|')})\s+(?:(?:RMB|CNY|US\$|\$|¥)\s*)?$`, 'i');

/** "80 percent or more", "2 landmarks or more": up to two words between figure and hedge. */
const EN_SUFFIX = /^(?:\s+[A-Za-z][A-Za-z'-]*){0,2}?\s+(?<q>or more|or above|and above|or higher|or so|and over(?=\s*(?:[.,;:)]|$)))\b/i;

const EN_SUFFIX_QUALIFIERS: Record<string, Qualifier> = {
  'or more': 'or-more', 'or above': 'or-more', 'and above': 'or-more', 'or higher': 'or-more', 'and over': 'or-more', 'or so': 'about',
}; // prettier-ignore

/** An English figure's hedge, and where the figure's text starts and ends once the hedge is included. */
export interface EnglishHedge {
  qualifier: Qualifier | undefined;
  start: number;
  end: number;
}

/** The hedge around the English figure from `start` to `end`: a phrase before it ("more than") wins over one after it ("or more"). */
export function englishHedge(text: string, start: number, end: number): EnglishHedge {
  const prefix = EN_PREFIX.exec(text.slice(Math.max(0, start - 40), start));
  const suffix = EN_SUFFIX.exec(text.slice(end));
  const prefixQualifier = EN_PREFIX_QUALIFIERS[normalizePhrase(prefix?.groups?.['q'])];
  const suffixQualifier = EN_SUFFIX_QUALIFIERS[normalizePhrase(suffix?.groups?.['q'])];
  return {
    qualifier: prefixQualifier ?? suffixQualifier,
    start: prefixQualifier && prefix ? start - prefix[0].length : start,
    end: suffixQualifier && suffix ? end + suffix[0].length : end,
  };
}

function normalizePhrase(phrase: string | undefined): string {
  return (phrase ?? '').toLowerCase().replace(/\s+/g, ' ');
}
