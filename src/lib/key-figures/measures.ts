/**
 * What a figure counts: the measure word after it (亿元, 万亩, 人), read into
 * the base units of src/schemas/indicators.ts where one fits (元 → yuan,
 * 吨标准煤 → tonne-of-coal-equivalent, m² → square-metre) and kept as written
 * where none does (座, 家, 个, and 户, which counts enterprises as often as households). Also the words that make a number no statement
 * of a quantity: years, dates, anniversaries, rankings.
 */
import type { FigureUnit } from '../../schemas/indicators.ts';
import { NOTATION_MASK } from './notation-mask.ts';

/** Measure words that have a base unit. */
const BASE_UNITS: Record<string, FigureUnit> = {
  元: 'yuan',
  吨: 'tonne',
  亩: 'mu',
  公顷: 'hectare',
  平方米: 'square-metre',
  公里: 'kilometre',
  千米: 'kilometre',
  人: 'person',
  名: 'person',
  天: 'day',
};

/**
 * Measure words the figure reader (src/lib/figures/chinese-figures.ts) does not
 * know, read right after a figure: compound units, and m² whose ² is notation
 * (masked, see notation-mask.ts).
 */
const MORE_MEASURES: [RegExp, string][] = [
  [/^\s*美元/, '美元'],
  [/^\s*(?:微克\/立方米|μg\/m³|μg\/m\uFFFC)/, 'microgram-per-cubic-metre'],
  [new RegExp(String.raw`^\s*(?:m²|㎡|m${NOTATION_MASK}+)`), 'square-metre'],
  [/^\s*(?:km|KM)(?![A-Za-z])/, 'kilometre'],
];

/** Compound units that start with a measure word the reader knows (吨 + 标准煤, 千瓦 + 时, 人 + 次: visits, not people). */
const COMPOUNDS: [string, RegExp, string][] = [
  ['吨', /^标准煤/, 'tonne-of-coal-equivalent'],
  ['千瓦', /^时/, 'kilowatt-hour'],
  ['人', /^次/, '人次'],
];

/**
 * A figure with one of these words after it is no quantity: a year (2023 年, 近 3 年), a month
 * or a day, an anniversary (75 周年), an age (60 周岁), a session (18 届), a batch or an issue,
 * a ranking (30 强).
 */
export const NOT_A_QUANTITY = new Set(['年', '月', '日', '周', '周年', '周岁', '届', '期', '批', '强']);

export interface Measure {
  /** The base unit or the measure word as written; '' when the figure has none. */
  unit: string;
  /** How many characters after the figure's words the measure takes beyond what the figure reader read. */
  extra: number;
}

/** The measure of a figure from its measure word (as the figure reader read it) and the text right after its words. */
export function readMeasure(unit: string | undefined, after: string): Measure {
  if (unit !== undefined) {
    const compound = COMPOUNDS.find(([word, rest]) => word === unit && rest.test(after));
    if (compound) return { unit: compound[2], extra: (compound[1].exec(after)?.[0] ?? '').length };
    return { unit: BASE_UNITS[unit] ?? unit, extra: 0 };
  }
  for (const [pattern, name] of MORE_MEASURES) {
    const match = pattern.exec(after);
    if (match) return { unit: name, extra: match[0].length };
  }
  return { unit: '', extra: 0 };
}
