/**
 * Figures in a paragraph and its translation: every number in the Chinese must
 * reappear, correctly converted, in the English (1580.62 亿元 → 158.062 billion,
 * 4.3 万余件 → more than 43,000, 第 61 位 → 61st). The extractors read both sides
 * into comparable `Figure`s and `compareFigures` reports what does not line up,
 * so a test can fail the build on a wrong translation.
 *
 * Pure (no Node APIs): imported by build scripts and by the site.
 */
import { markdownToFigureText } from '../markdown/plain-text.ts';

export type FigureKind = 'number' | 'percent' | 'ordinal';

/** How a figure is hedged: 余/more than, 近/nearly, 以上/or more, 左右/about. */
export type Qualifier = 'more-than' | 'nearly' | 'or-more' | 'about';

export interface Figure {
  /** The value with multipliers applied: 1.15 万 → 11500; a percent stays 2.1, not 0.021. */
  value: number;
  kind: FigureKind;
  qualifier?: Qualifier | undefined;
  /** The text the figure was read from, for messages (e.g. "4.3 万余件", "more than 43,000"). */
  raw: string;
}

/**
 * - missing: no English figure has the value;
 * - qualifier: the value is there but the hedge (余, 近, 以上, 左右) is lost or changed;
 * - kind: the value is there but a percent became a plain number or the reverse;
 * - extra: an English figure whose value appears nowhere in the Chinese.
 */
export type MismatchKind = 'missing' | 'qualifier' | 'kind' | 'extra';

export interface FigureMismatch {
  /** The Chinese figure, or for `extra` the English one. */
  figure: Figure;
  /** A sentence a translator understands, naming the raw text on both sides. */
  problem: string;
  kind: MismatchKind;
  /** For `qualifier` and `kind`: the English figure that has the value but not the form. */
  english?: Figure | undefined;
}

// ---------------------------------------------------------------------------
// Text shared by both sides
// ---------------------------------------------------------------------------

/**
 * The paragraph text that figures are read from: its text as a reader reads it
 * (the one Markdown parse, src/markdown/rehype-block-text.ts) without what
 * sup and sub hold, whose digits are notation, not figures (PM2.5, m²,
 * glossary markers [n]); full-width digits made ASCII.
 */
export function figureText(markdown: string): string {
  return markdownToFigureText(markdown).replace(/[０-９％．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** An Arabic number: 20,388 or 20388, with optional decimals. */
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?`;

/** One number as written, before it becomes a figure. */
interface Amount {
  start: number;
  end: number;
  /** The number without thousands separators ("1580.62"), kept as text so scaling stays exact. */
  digits: string;
  /** Power of ten of the multiplier: 万 → 4, 亿 → 8, million → 6. */
  power: number;
  percent: boolean;
  ordinal: boolean;
  /** 余/多 written inside the amount (6000 余万). */
  more: boolean;
}

/** `Number('1580.62e8')` is exact where `1580.62 * 1e8` is not. */
function amountValue(amount: Amount): number {
  return Number(`${amount.digits}e${amount.power}`);
}

/** Units that may be glued to a number without turning it into an identifier (10.8km). */
const GLUED_UNITS = new Set(['km', 'm', 'cm', 'mm', 'kg', 't', 'kW', 'kWh', 'MW', 'GW', 'kV', 'ha', 'mu']);

/**
 * Digits glued to Latin letters name things rather than count them: 5G, O3,
 * PM10, G20, COVID-19. Currency codes (RMB1.2) and glued units (10.8km) still count.
 */
function isIdentifier(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  if (/[A-Za-z]$/.test(before) && !/(?:RMB|CNY|USD)$/.test(before)) return true;
  if (/\b[A-Za-z]*[A-Z][A-Za-z]*-$/.test(before)) return true;
  const glued = /^[A-Za-z]+/.exec(text.slice(end))?.[0];
  return glued !== undefined && !GLUED_UNITS.has(glued);
}

/**
 * Pair up ranges (3~5, 3 to 5 million): the first number takes the multiplier
 * and percent sign written only after the second. Only a rising pair with
 * compatible units is a range, so "9 percent to 703.86 billion" stays apart.
 */
function groupRanges(amounts: Amount[], text: string, isSeparator: (gap: string, before: string) => boolean): Amount[][] {
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

/** The figures of a group (one number, or both ends of a range). */
function groupFigures(group: Amount[], qualifier: Qualifier | undefined, ordinal: boolean, raw: string): Figure[] {
  return group.map((amount) => {
    const kind: FigureKind = amount.percent ? 'percent' : ordinal || amount.ordinal ? 'ordinal' : 'number';
    const figure: Figure = { value: amountValue(amount), kind, raw };
    if (qualifier) figure.qualifier = qualifier;
    return figure;
  });
}

// ---------------------------------------------------------------------------
// Chinese
// ---------------------------------------------------------------------------

const MULTIPLIER_POWERS: Record<string, number> = { 万亿: 12, 千万: 7, 亿: 8, 万: 4 };

/** Number, then 余/多, 万/亿, 余/多 and % in the order Chinese writes them (6000 余万, 4.3 万余). */
const ZH_AMOUNT = new RegExp(
  String.raw`(?<![\d.])(?<num>${NUMBER})(?:\s*(?<more1>[余多]))?(?:\s*(?<mult>万亿|千万|亿|万))?(?:\s*(?<more2>[余多]))?(?:\s*(?<pct>%))?`,
  'g',
);

/** 3~5, 3～5, 3-5, 2021—2025, 3 至 5. */
const ZH_RANGE_SEPARATOR = /^\s*[~～〜\-－–—至到]\s*$/;

/** The measure word after a figure (亿元, 人, 位), then 以上/左右; the unit only makes messages readable. */
const ZH_SUFFIX =
  /^\s*(?<unit>平方公里|平方米|立方米|公里|公顷|千瓦|千米|个月|周年|周岁|[个家座栋件名人户项套所部条块亩米元场款位强次处台辆吨年月日天周届批类种只张间层期宗例床棵株倍])?\s*(?<hedge>以上|左右)?/;

/** 近 3 年 is "the past 3 years", not "nearly 3 years". */
const ZH_TIME_UNITS = new Set(['年', '个月', '天', '日', '周']);

/** The figures of a Chinese paragraph: Arabic digits only (三个, 十件 are words, not figures). */
export function extractChineseFigures(markdown: string): Figure[] {
  const text = figureText(markdown);
  const amounts = [...text.matchAll(ZH_AMOUNT)].flatMap((match) => chineseAmount(match, text));
  return groupRanges(amounts, text, (gap) => ZH_RANGE_SEPARATOR.test(gap)).flatMap((group) => chineseGroupFigures(group, text));
}

function chineseAmount(match: RegExpExecArray | RegExpMatchArray, text: string): Amount[] {
  const groups = match.groups ?? {};
  const num = groups['num'] ?? '';
  const start = match.index ?? 0;
  if (isIdentifier(text, start, start + num.length)) return [];
  return [
    {
      start,
      end: start + match[0].length,
      digits: num.replaceAll(',', ''),
      power: MULTIPLIER_POWERS[groups['mult'] ?? ''] ?? 0,
      percent: groups['pct'] !== undefined,
      ordinal: false,
      more: groups['more1'] !== undefined || groups['more2'] !== undefined,
    },
  ];
}

function chineseGroupFigures(group: Amount[], text: string): Figure[] {
  const first = group[0];
  const last = group.at(-1);
  if (!first || !last) return [];
  const before = text.slice(Math.max(0, first.start - 4), first.start);
  const prefix = /(?:第|(?<!附)近|(?<![节签合预制条契公违履邀缔])约)\s*$/.exec(before)?.[0] ?? '';
  const suffix = ZH_SUFFIX.exec(text.slice(last.end));
  const unit = last.percent ? undefined : suffix?.groups?.['unit'];
  const hedge = suffix?.groups?.['hedge'];
  // 9 月 is a calendar month: English writes "September", with no digit to match.
  if (unit === '月' && last.power === 0) return [];
  const suffixLength = unit === undefined && hedge === undefined ? 0 : (suffix?.[0].length ?? 0);
  const raw = text.slice(first.start - prefix.length, last.end + suffixLength).trim();
  return groupFigures(group, chineseQualifier(group, prefix, unit, hedge), prefix.startsWith('第'), raw);
}

function chineseQualifier(group: Amount[], prefix: string, unit: string | undefined, hedge: string | undefined): Qualifier | undefined {
  if (group.some((amount) => amount.more)) return 'more-than';
  if (hedge === '以上') return 'or-more';
  if (hedge === '左右') return 'about';
  if (prefix.startsWith('近')) return unit !== undefined && ZH_TIME_UNITS.has(unit) ? undefined : 'nearly';
  if (prefix.startsWith('约')) return 'about';
  return undefined;
}

// ---------------------------------------------------------------------------
// English
// ---------------------------------------------------------------------------

const ENGLISH_POWERS: Record<string, number> = { thousand: 3, million: 6, billion: 9, trillion: 12 };

const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
]; // prettier-ignore

/** Value of an English number word ("three", "twenty-five", "fifth"); undefined if it is none. */
function wordValue(word: string): { value: number; ordinal: boolean } | undefined {
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

/** Number words, longest first so "fourteen" is not read as "four". */
const NUMBER_WORDS = [`(?:${TENS.join('|')})-(?:${ONES.join('|')})`, ...ORDINAL_WORDS, ...TENS, ...TEENS, ...ONES]
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Number or number word, ordinal suffix, multiplier word, percent. */
const EN_AMOUNT = new RegExp(
  String.raw`(?:(?<![\d.])(?<num>${NUMBER})(?<ord>st|nd|rd|th)?|\b(?<word>${NUMBER_WORDS})\b)` +
    String.raw`(?:[\s-]+(?<mult>thousand|million|billion|trillion)\b)?(?:\s*(?<pct>%|per\s?cent\b))?`,
  'gi',
);

/** 3 to 5, 3-5, 2–3; "2 and 3" only after "between". */
function isEnglishRangeSeparator(gap: string, before: string): boolean {
  return /^\s*(?:-|–|—|~|to)\s*$/i.test(gap) || (/^\s+and\s+$/i.test(gap) && /\bbetween\s+$/i.test(before));
}

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
      power: ENGLISH_POWERS[groups['mult']?.toLowerCase() ?? ''] ?? 0,
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
  const prefix = EN_PREFIX.exec(text.slice(Math.max(0, first.start - 40), first.start));
  const suffix = EN_SUFFIX.exec(text.slice(last.end));
  const prefixQualifier = EN_PREFIX_QUALIFIERS[normalizePhrase(prefix?.groups?.['q'])];
  const suffixQualifier = EN_SUFFIX_QUALIFIERS[normalizePhrase(suffix?.groups?.['q'])];
  const start = prefixQualifier && prefix ? first.start - prefix[0].length : first.start;
  const end = suffixQualifier && suffix ? last.end + suffix[0].length : last.end;
  return groupFigures(group, prefixQualifier ?? suffixQualifier, false, text.slice(start, end).trim());
}

function normalizePhrase(phrase: string | undefined): string {
  return (phrase ?? '').toLowerCase().replace(/\s+/g, ' ');
}

// ---------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** A percent must stay a percent; ordinals and counts mix freely ("第 61 位" → "61", "75 周年" → "75th"). */
function sameKindFamily(a: Figure, b: Figure): boolean {
  return (a.kind === 'percent') === (b.kind === 'percent');
}

/** 以上 is as often "over" as "or more", so the two hedges upward count as one family. */
function qualifierFamily(qualifier: Qualifier | undefined): string | undefined {
  return qualifier === 'or-more' ? 'more-than' : qualifier;
}

/** Whether English figure `en` renders Chinese figure `zh`. An unhedged Chinese figure accepts any hedge ("突破" → "over"). */
function renders(zh: Figure, en: Figure): boolean {
  if (!sameValue(zh.value, en.value) || !sameKindFamily(zh, en)) return false;
  return zh.qualifier === undefined || qualifierFamily(zh.qualifier) === qualifierFamily(en.qualifier);
}

/** Exact renderings first, so an unhedged "2023" does not take the "over 2023" a hedged figure needs. */
function preference(zh: Figure, en: Figure): number {
  return (zh.qualifier === en.qualifier ? 0 : 2) + (zh.kind === en.kind ? 0 : 1);
}

/**
 * Match Chinese to English figures as multisets: a maximum bipartite matching
 * (augmenting paths), so the order figures appear in never causes a false miss.
 * Returns, for each English figure, the index of the Chinese figure it renders.
 */
function matchFigures(zh: Figure[], en: Figure[]): (number | undefined)[] {
  const candidates = zh.map((z) =>
    en.flatMap((e, j) => (renders(z, e) ? [j] : [])).sort((a, b) => preference(z, en[a] as Figure) - preference(z, en[b] as Figure)),
  );
  const owner: (number | undefined)[] = en.map(() => undefined);
  const assign = (i: number, seen: Set<number>): boolean => {
    for (const j of candidates[i] ?? []) {
      if (seen.has(j)) continue;
      seen.add(j);
      const current = owner[j];
      if (current === undefined || assign(current, seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  zh.forEach((_, i) => assign(i, new Set()));
  return owner;
}

/**
 * Compare the figures of a Chinese paragraph and its English translation.
 * Reports every Chinese figure the English lacks (or renders with the wrong
 * hedge or as a non-percent), and every English figure whose value appears
 * nowhere in the Chinese (`extra`). English repeats of a Chinese value, and
 * number words ("three", "14th" for 十四五), are not reported.
 */
export function compareFigures(chineseMarkdown: string, englishMarkdown: string): FigureMismatch[] {
  const zh = extractChineseFigures(chineseMarkdown);
  const en = extractEnglishFigures(englishMarkdown);
  const owner = matchFigures(zh, en);
  const matched = new Set(owner.filter((i) => i !== undefined));
  const unmatchedEnglish = en.filter((_, j) => owner[j] === undefined);
  const problems = zh.flatMap((figure, i) => (matched.has(i) ? [] : [chineseProblem(figure, en, unmatchedEnglish)]));
  const evidence = chineseEvidence(chineseMarkdown, zh);
  for (const figure of unmatchedEnglish) {
    if (!/\d/.test(figure.raw) || evidence.some((value) => sameValue(value, figure.value))) continue;
    problems.push({
      figure,
      kind: 'extra',
      problem: `English "${figure.raw}" (${describeFigure(figure)}) matches no figure in the Chinese`,
    });
  }
  return problems;
}

/** Why a Chinese figure went unmatched: name an English figure with its value but the wrong form, if any. */
function chineseProblem(figure: Figure, en: Figure[], unmatchedEnglish: Figure[]): FigureMismatch {
  const nearMiss = (list: Figure[]) => list.find((e) => sameValue(e.value, figure.value) && !renders(figure, e));
  const english = nearMiss(unmatchedEnglish) ?? nearMiss(en);
  const zhText = `Chinese "${figure.raw}" (${describeFigure(figure)})`;
  if (!english) {
    // Every English rendering of this value is taken by another Chinese occurrence of it.
    const repeated = en.some((e) => renders(figure, e)) ? ' (the English has it fewer times than the Chinese)' : '';
    return { figure, kind: 'missing', problem: `${zhText} has no matching figure in the English${repeated}` };
  }
  const enText = `English "${english.raw}"`;
  if (!sameKindFamily(figure, english)) {
    const why = figure.kind === 'percent' ? 'is not a percentage' : 'is a percentage where the Chinese is not';
    return { figure, english, kind: 'kind', problem: `${zhText} appears as ${enText}, which ${why}` };
  }
  const wanted = QUALIFIER_WORDS[figure.qualifier ?? 'about'];
  const why = english.qualifier ? `says "${QUALIFIER_WORDS[english.qualifier]}" where the Chinese says "${wanted}"` : `drops "${wanted}"`;
  return { figure, english, kind: 'qualifier', problem: `${zhText} appears as ${enText}, which ${why}` };
}

/**
 * Every value the Chinese mentions in any form, so an English figure counts as
 * extra only when it comes from nowhere: figures, digits that are not figures
 * (9 月), and number words (十四五 → "14th Five-Year Plan", 百强 → "top 100").
 */
function chineseEvidence(chineseMarkdown: string, figures: Figure[]): number[] {
  const text = figureText(chineseMarkdown);
  const digits = [...text.matchAll(new RegExp(NUMBER, 'g'))].map((match) => Number(match[0].replaceAll(',', '')));
  const words = [...text.matchAll(/[〇零一二两三四五六七八九十百千万亿]+/g)].flatMap((match) => numeralValues(match[0]));
  const idioms = Object.entries(ZH_IMPLIED_VALUES).flatMap(([idiom, value]) => (text.includes(idiom) ? [value] : []));
  return [...figures.map((figure) => figure.value), ...digits, ...words, ...idioms];
}

/** Words whose English rendering has digits: 一刻钟便民生活圈 → "15-minute living circles". */
const ZH_IMPLIED_VALUES: Record<string, number> = { 一刻钟: 15 };

/** Values of every substring of a run of Chinese numerals ("十四五" → 十, 十四, 四, 五). */
function numeralValues(run: string): number[] {
  const chars = [...run].slice(0, 12);
  const values: number[] = [];
  for (let start = 0; start < chars.length; start++) {
    for (let end = start + 1; end <= chars.length; end++) {
      const value = parseChineseNumber(chars.slice(start, end));
      if (value !== undefined) values.push(value);
    }
  }
  return values;
}

const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const ZH_BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** 三 → 3, 一百二十 → 120, 两千 → 2000, 五万 → 50000; undefined for a run that is no number (四五). */
function parseChineseNumber(chars: string[]): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of chars) {
    const small = ZH_SMALL_UNITS[ch];
    const big = ZH_BIG_UNITS[ch];
    if (ch === '零' || ch === '〇') continue;
    if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = undefined;
    } else if (big !== undefined) {
      total = (total + section + (digit ?? 0) || 1) * big;
      section = 0;
      digit = undefined;
    } else if (digit !== undefined) {
      return undefined;
    } else {
      digit = ZH_DIGITS[ch];
    }
  }
  return chars.every((ch) => ch === '零' || ch === '〇') ? undefined : total + section + (digit ?? 0);
}

// ---------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------

const QUALIFIER_WORDS: Record<Qualifier, string> = { 'more-than': 'more than', nearly: 'nearly', 'or-more': 'or more', about: 'about' };

function ordinalSuffix(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th';
}

/** A figure in plain English for messages: "158,062,000,000", "2.1%", "61st", "more than 43,000", "80% or more". */
export function describeFigure(figure: Figure): string {
  const number = figure.value.toLocaleString('en-US', { maximumFractionDigits: 10 });
  const plain =
    figure.kind === 'percent'
      ? `${number}%`
      : figure.kind === 'ordinal' && Number.isInteger(figure.value)
        ? `${number}${ordinalSuffix(figure.value)}`
        : number;
  if (figure.qualifier === undefined) return plain;
  return figure.qualifier === 'or-more' ? `${plain} or more` : `${QUALIFIER_WORDS[figure.qualifier]} ${plain}`;
}
