/**
 * Figures are never carried over from the memory: the English of a matched
 * sentence gets the figures of the new Chinese. The old and new Chinese must
 * have their figures one to one (same count, and pairwise the same kind and
 * hedge) and their number words alike (三个 stays 三个); each old value maps to
 * one new value, and the English figures written in digits that render an old
 * value (as many as the Chinese has) are rewritten with the new value in the English figure's own scale and
 * style (158.062 billion → 165.03 billion, 11,500 → 12,000, 61st → 58th, 2.1% →
 * 3%). Otherwise, for example a changed figure the English wrote as a word, the
 * sentence is not used (undefined).
 */
import { extractChineseFigures, extractEnglishFigures, type Figure } from '../../../../src/lib/figures.ts';
import { isIdentifier, NUMBER } from '../../../../src/lib/figures/amount.ts';
import { tokenize, visibleText } from './inline-markup.ts';

/** What stands in for a sup or sub while the English is searched for numbers (their digits are notation). */
const PLACEHOLDER = '\uE000';

const NUMBER_WORD_RUNS = /[〇零一二两三四五六七八九十百千]+/g;

/** The English of `oldEn` (translating `oldZh`) with the figures of `newZh`, or undefined when they cannot be carried one to one. */
export function carryFigures(oldZh: string, oldEn: string, newZh: string): string | undefined {
  const before = extractChineseFigures(oldZh);
  const after = extractChineseFigures(newZh);
  if (before.length !== after.length || !sameNumberWords(oldZh, newZh)) return undefined;
  const changes = new Map<string, number>();
  for (const [index, old] of before.entries()) {
    const next = after[index];
    if (!next || next.kind !== old.kind || next.qualifier !== old.qualifier) return undefined;
    const key = valueKey(old);
    const known = changes.get(key);
    if (known !== undefined && known !== next.value) return undefined;
    changes.set(key, next.value);
  }
  if (before.every((old, index) => old.value === after[index]?.value)) return oldEn;
  return rewriteEnglish(oldEn, changes, countByValue(before));
}

function countByValue(figures: readonly Figure[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const figure of figures) counts.set(valueKey(figure), (counts.get(valueKey(figure)) ?? 0) + 1);
  return counts;
}

/** Percentages apart from counts, ordinals with counts (第 61 位 may be "61st" or "No. 61"). */
function valueKey(figure: Pick<Figure, 'kind' | 'value'>): string {
  return `${figure.kind === 'percent' ? 'percent' : 'number'}:${String(figure.value)}`;
}

function sameNumberWords(oldZh: string, newZh: string): boolean {
  const words = (markdown: string) => (visibleText(markdown).match(NUMBER_WORD_RUNS) ?? []).join('|');
  return words(oldZh) === words(newZh);
}

interface WrittenNumber {
  start: number;
  end: number;
  digits: string;
  ordinalSuffix: boolean;
}

function rewriteEnglish(oldEn: string, changes: Map<string, number>, chineseCounts: Map<string, number>): string | undefined {
  const tokens = tokenize(oldEn);
  const scripts = tokens.filter((token) => token.kind === 'script').map((token) => token.text);
  const text = tokens.map((token) => (token.kind === 'script' ? PLACEHOLDER : token.text)).join('');
  const written = writtenNumbers(text);
  const figures = extractEnglishFigures(oldEn);
  const inDigits = figures.filter((figure) => /\d/.test(figure.raw));
  if (inDigits.length !== written.length) return undefined;
  // A changed value the English wrote as a word ("three bases") cannot be rewritten safely, nor one the English
  // has more often than the Chinese has it as a figure (20 in "the 20th CPC National Congress", from 二十大).
  const englishCounts = countByValue(inDigits);
  for (const figure of figures) {
    const key = valueKey(figure);
    const next = changes.get(key);
    if (next === undefined || next === figure.value) continue;
    if (!/\d/.test(figure.raw) || englishCounts.get(key) !== chineseCounts.get(key)) return undefined;
  }
  let result = '';
  let last = 0;
  for (const [index, number] of written.entries()) {
    const figure = inDigits[index];
    const next = figure ? changes.get(valueKey(figure)) : undefined;
    if (!figure || next === undefined || next === figure.value) continue;
    const shown = Number(number.digits.replaceAll(',', ''));
    const power = figure.kind === 'percent' || shown === 0 ? 0 : Math.round(Math.log10(figure.value / shown));
    const value = Number(`${String(next)}e${String(-power)}`);
    result += text.slice(last, number.start) + formatLike(value, number.digits);
    last = number.end;
    if (number.ordinalSuffix) {
      result += ordinalSuffix(value);
      last += 2;
    }
  }
  result += text.slice(last);
  let script = 0;
  return result.replaceAll(PLACEHOLDER, () => scripts[script++] ?? '');
}

/** Every number written in digits, as the figure check reads them (not 5G, PM2.5 and the like). */
function writtenNumbers(text: string): WrittenNumber[] {
  return [...text.matchAll(new RegExp(`(?<![\\d.,])(?:${NUMBER})`, 'g'))].flatMap((match) => {
    const start = match.index;
    const end = start + match[0].length;
    if (isIdentifier(text, start, end) && !/^(?:st|nd|rd|th)\b/.test(text.slice(end))) return [];
    return [{ start, end, digits: match[0], ordinalSuffix: /^(?:st|nd|rd|th)\b/.test(text.slice(end)) }];
  });
}

/** `value` written as `original` was: thousands separators (a four-digit year keeps none), as many decimals as it needs. */
function formatLike(value: number, original: string): string {
  const yearLike = /^\d{4}$/.test(original) && Number.isInteger(value) && value >= 1000 && value < 10000;
  return value.toLocaleString('en-US', { maximumFractionDigits: 10, useGrouping: !yearLike });
}

function ordinalSuffix(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th';
}
