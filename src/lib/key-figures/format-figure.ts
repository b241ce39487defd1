/**
 * A figure's level and change written as each language writes them, from the
 * normalised values of figures.json (src/schemas/figures-file.ts):
 *
 *     level 158062000000 yuan          → 1580.62 亿元        / 158.06 billion yuan
 *     change 2.1 percent               → 增长 2.1%           / up 2.1%
 *     change 6 percent, about          → 增长 6%左右         / up about 6%
 *     change 10 percent, or more       → 增长 10%以上        / up at least 10%
 *     change 6–7 percent               → 增长 6%—7%          / up 6–7%
 *     level 5.5 percent, at most       → 5.5%以内            / at most 5.5%
 *
 * Chinese scales by 亿 and 万 as the report's own words did (20388 人 stays in
 * full) and keeps up to four decimals (nothing the reports write is lost);
 * English scales by billion and million with two decimals, as the official
 * English press does. 以上 includes its number, so
 * English says "at least" (not "above", which would exclude it). A unit that
 * is no standard one (座, 家: "other figures") is kept as written.
 */
import type { FigureChange, FigureLevel, FigureQualifier } from '../../schemas/figures-file.ts';
import type { FigureUnit } from '../../schemas/indicators.ts';

export type FigureLang = 'zh-CN' | 'en';

const ZH_UNITS: Record<FigureUnit, string> = {
  yuan: '元',
  'yuan-per-person': '元',
  percent: '%',
  person: '人',
  household: '户',
  enterprise: '家',
  project: '个',
  tonne: '吨',
  'kilowatt-hour': '千瓦时',
  'tonne-of-coal-equivalent': '吨标准煤',
  mu: '亩',
  hectare: '公顷',
  'square-metre': '平方米',
  kilometre: '公里',
  'microgram-per-cubic-metre': '微克/立方米',
  day: '天',
  item: '项',
};

const EN_UNITS: Record<FigureUnit, string> = {
  yuan: 'yuan',
  'yuan-per-person': 'yuan',
  percent: '%',
  person: 'people',
  household: 'households',
  enterprise: 'enterprises',
  project: 'projects',
  tonne: 'tonnes',
  'kilowatt-hour': 'kWh',
  'tonne-of-coal-equivalent': 'tonnes of standard coal',
  mu: 'mu',
  hectare: 'hectares',
  'square-metre': 'square metres',
  kilometre: 'km',
  'microgram-per-cubic-metre': 'µg/m³',
  day: 'days',
  item: 'items',
};

/** Units a Chinese report scales by 亿 and 万 (a rate, a per-person amount or a count of days is written in full). */
const SCALED = new Set<string>(['yuan', 'person', 'household', 'tonne', 'kilowatt-hour', 'tonne-of-coal-equivalent', 'mu', 'square-metre']);

function isStandardUnit(unit: string): unit is FigureUnit {
  return Object.hasOwn(ZH_UNITS, unit);
}

const ZH_NUMBER = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 4, useGrouping: false });
const EN_NUMBER = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

interface Scale {
  divisor: number;
  zh: string;
  en: string;
}

const NO_SCALE: Scale = { divisor: 1, zh: '', en: '' };

/**
 * Chinese keeps the scale the report wrote (its `text`): 城镇新增就业 20388 人 stays
 * 20388 人, not 2.0388 万人, and 4.3 万余件 stays in 万; where the words are not
 * known, amounts from 1 万 are scaled.
 */
function zhScale(unit: string, size: number, written: string | undefined): Scale {
  const yi = { divisor: 1e8, zh: '亿', en: '' };
  const wan = { divisor: 1e4, zh: '万', en: '' };
  if (unit === 'percent' || unit === 'points') return NO_SCALE;
  if (written !== undefined) return written.includes('亿') ? yi : written.includes('万') ? wan : NO_SCALE;
  if (!SCALED.has(unit)) return NO_SCALE;
  return size >= 1e8 ? yi : size >= 1e4 ? wan : NO_SCALE;
}

function scaleFor(unit: string, largest: number, lang: FigureLang, written?: string): Scale {
  const size = Math.abs(largest);
  if (lang === 'zh-CN') return zhScale(unit, size, written);
  if (!SCALED.has(unit)) return NO_SCALE;
  if (size >= 1e9) return { divisor: 1e9, zh: '', en: ' billion' };
  if (size >= 1e6) return { divisor: 1e6, zh: '', en: ' million' };
  return NO_SCALE;
}

function number(value: number, lang: FigureLang): string {
  return (lang === 'zh-CN' ? ZH_NUMBER : EN_NUMBER).format(value);
}

/** The numbers of a stated value (one, or a range) in `unit`, without the qualifier: 1580.62 亿元, 6%—7%, 158.06 billion yuan. */
function amount(stated: { value: number; max?: number | undefined; text?: string }, unit: string, lang: FigureLang): string {
  const scale = scaleFor(unit, Math.max(Math.abs(stated.value), Math.abs(stated.max ?? 0)), lang, stated.text);
  const low = number(Math.abs(stated.value) / scale.divisor, lang);
  const high = stated.max === undefined ? undefined : number(Math.abs(stated.max) / scale.divisor, lang);
  const unitWord = isStandardUnit(unit) ? (lang === 'zh-CN' ? ZH_UNITS[unit] : EN_UNITS[unit]) : unit;
  if (unit === 'percent') return high === undefined ? `${low}%` : lang === 'zh-CN' ? `${low}%—${high}%` : `${low}–${high}%`;
  if (unit === 'points')
    return `${high === undefined ? low : `${low}${lang === 'zh-CN' ? '—' : '–'}${high}`}${lang === 'zh-CN' ? ' 个百分点' : ' percentage points'}`;
  const numbers = high === undefined ? low : `${low}${lang === 'zh-CN' ? '—' : '–'}${high}`;
  if (lang === 'zh-CN') return `${numbers} ${scale.zh}${unitWord}`;
  // A measure word kept as written (座) stays beside the number, marked as the report's own word.
  return isStandardUnit(unit) ? `${numbers}${scale.en} ${unitWord}` : `${numbers}${scale.en} (${unitWord})`;
}

/** A hedge around an amount, where each language puts it. */
function qualified(text: string, qualifier: FigureQualifier | undefined, lang: FigureLang): string {
  if (qualifier === undefined) return text;
  if (lang === 'zh-CN') {
    const zh: Record<FigureQualifier, (t: string) => string> = {
      about: (t) => `${t}左右`,
      'or-more': (t) => `${t}以上`,
      'at-most': (t) => `${t}以内`,
      'more-than': (t) => `超过${t}`,
      nearly: (t) => `近${t}`,
    };
    return zh[qualifier](text);
  }
  const en: Record<FigureQualifier, string> = {
    about: 'about',
    'or-more': 'at least',
    'at-most': 'at most',
    'more-than': 'more than',
    nearly: 'nearly',
  };
  return `${en[qualifier]} ${text}`;
}

/** 余 or 多 right after a number (and its 万 or 亿): the report's own "more than" (600 余家, 6000 余万元, 4.3 万余件). */
const ODD = /\d\s*(?<scale>[万亿]?)\s*(?<word>[余多])/;

/**
 * A "more than" that the report wrote as 余 or 多, put back where the report put
 * it (before or after 万 and 亿) instead of rewritten as 超过, which is another
 * word: undefined for any other level.
 */
function zhOdd(level: FigureLevel): string | undefined {
  const match = level.qualifier === 'more-than' ? ODD.exec(level.text) : null;
  const word = match?.groups?.['word'];
  if (!match || word === undefined) return undefined;
  const text = amount(level, level.unit, 'zh-CN');
  // 4.3 万余件: after the scale; 6000 余万元, 600 余家: before it.
  return match.groups?.['scale'] ? text.replace(/ ([万亿])/, ` $1${word}`) : text.replace(/ /, ` ${word}`);
}

/** How much: 1580.62 亿元 / 158.06 billion yuan, 5.5%以内 / at most 5.5%, 600 余家 / more than 600 (家). */
export function formatLevel(level: FigureLevel, lang: FigureLang): string {
  return (lang === 'zh-CN' ? zhOdd(level) : undefined) ?? qualified(amount(level, level.unit, lang), level.qualifier, lang);
}

/** By how much: 增长 2.1% / up 2.1%, 下降 3% / down 3%, 提高 0.5 个百分点 / up 0.5 percentage points, 持平 / unchanged. */
export function formatChange(change: FigureChange, lang: FigureLang): string {
  if (change.value === 0 && change.max === undefined) return lang === 'zh-CN' ? '持平' : 'unchanged';
  const falling = change.value < 0;
  const text = qualified(amount(change, change.unit, lang), change.qualifier, lang);
  if (lang === 'zh-CN') return `${falling ? '下降' : change.unit === 'points' ? '提高' : '增长'} ${text}`;
  return `${falling ? 'down' : 'up'} ${text}`;
}
