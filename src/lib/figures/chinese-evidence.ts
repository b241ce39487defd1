/**
 * Every value a Chinese paragraph mentions in any form, so that the figure
 * check reports an English figure as extra only when it comes from nowhere.
 */
import { parseChineseNumeral } from '../chinese-numerals.ts';
import { NUMBER } from './amount.ts';
import type { Figure } from './figure.ts';
import { figureText } from './figure-text.ts';

/** Words whose English rendering has digits: 一刻钟便民生活圈 → "15-minute living circles". */
const ZH_IMPLIED_VALUES: Record<string, number> = { 一刻钟: 15 };

/**
 * The paragraph's figures, digits that are not figures (9 月), and number words
 * (十四五 → "14th Five-Year Plan", 百强 → "top 100").
 */
export function chineseEvidence(chineseMarkdown: string, figures: Figure[]): number[] {
  const text = figureText(chineseMarkdown);
  const digits = [...text.matchAll(new RegExp(NUMBER, 'g'))].map((match) => Number(match[0].replaceAll(',', '')));
  const words = [...text.matchAll(/[〇零一二两三四五六七八九十百千万亿]+/g)].flatMap((match) => numeralValues(match[0]));
  const idioms = Object.entries(ZH_IMPLIED_VALUES).flatMap(([idiom, value]) => (text.includes(idiom) ? [value] : []));
  return [...figures.map((figure) => figure.value), ...digits, ...words, ...idioms];
}

/**
 * Values of every substring of a run of Chinese numerals ("十四五" → 十, 十四, 四, 五):
 * a run is often several words (十四五 is 14 and 5). A lone 零 counts nothing: it is
 * a word (零碳, 零距离), not a number a translation would write as "0".
 */
function numeralValues(run: string): number[] {
  const chars = [...run].slice(0, 12);
  const values: number[] = [];
  for (let start = 0; start < chars.length; start++) {
    for (let end = start + 1; end <= chars.length; end++) {
      const value = parseChineseNumeral(chars.slice(start, end).join(''));
      if (value !== undefined && value !== 0) values.push(value);
    }
  }
  return values;
}
