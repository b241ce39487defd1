/**
 * The numbers a stretch of Chinese states, each read as a level (how much:
 * 1580.62 亿元, 36 座, 80% 以上) or a change (by how much: 增长 2.1%, 下降 3%,
 * 提高 0.5 个百分点), with its hedge, its range and its base unit. Both the
 * extractor and `figures check` read numbers here, so a stored figure is checked
 * by the very rules that found it.
 *
 * The text is a block's masked text (notation-mask.ts) or a slice of it.
 */
import { amountValue } from '../figures/amount.ts';
import { locateChineseFigures, type LocatedChineseFigure } from '../figures/chinese-figures.ts';
import type { FigureQualifier } from '../../schemas/figures-file.ts';
import { NOT_A_QUANTITY, readMeasure } from './measures.ts';

export interface StatedNumber {
  role: 'level' | 'change';
  /** Signed for a change (下降 3% → -3); the lower end of a range. */
  value: number;
  /** The upper end of a range. */
  max?: number;
  qualifier?: FigureQualifier;
  /** A level's base unit or measure word; a change's percent or points. */
  unit: string;
  /** Where its words start: at the change verb (增长), the hedge before it (控制在, 超过, 近) or the first digit. */
  start: number;
  /** Where its words end: after the measure word and any hedge after it (左右, 以上, 以内). */
  end: number;
  /** Where the digits (or 近, 约) start: what comes before is the statement's subject and verbs. */
  numberStart: number;
}

/** Change verbs, and the nouns of a rate of change, right before the number (增长, 同比下降, 增速达, 涨幅控制在). */
const CHANGE_WORDS = String.raw`(?:同比|比上年|较上年|年均)?(?:增长|增加|提高|提升|上涨|上升|增速|增幅|涨幅|增长率|下降|降低|减少|回落|下滑|降幅|收窄)(?:了)?`;
/** Which of those make the change negative. */
const FALLING = /下降|降低|减少|回落|下滑|降幅|收窄/;
/** Hedges written before the number, longest first (不超过 before 超过). */
const PRE_HEDGES: [string, FigureQualifier][] = [
  ['不低于', 'or-more'],
  ['不少于', 'or-more'],
  ['不超过', 'at-most'],
  ['不高于', 'at-most'],
  ['控制在', 'at-most'],
  ['超过', 'more-than'],
];
const PRE_HEDGE = PRE_HEDGES.map(([word]) => word).join('|');
/** The verb (and hedge) a number follows: 增长, 增速达, 控制在, 涨幅控制在, 超过. */
const LEAD = new RegExp(String.raw`(?:(?<change>${CHANGE_WORDS})\s*(?:达到|达|为|保持在|稳定在)?\s*)?(?<hedge>${PRE_HEDGE})?\s*$`);
/** A second number of a series (分别增长 4.7% 和 8.1%) follows only a conjunction. */
const SERIES_JOIN = /^\s*(?:和|、|与|及|以及|，|,)\s*$/;
/** Hedges after the measure word: 以上/左右 (read by the figure reader) and 以内/以下. */
const POST_HEDGES: Record<string, FigureQualifier> = { 以上: 'or-more', 左右: 'about', 以内: 'at-most', 以下: 'at-most' };
const MORE_POST_HEDGE = /^\s*(?<hedge>以内|以下)/;

/**
 * Every number of `text` that states a quantity, in order. Years, dates, ordinals and bare numbers
 * (12345 热线) are none. 持平 (与上年持平: level with last year) states a change of 0 without a digit.
 */
export function readStatedNumbers(text: string): StatedNumber[] {
  const numbers: StatedNumber[] = [];
  for (const located of locateChineseFigures(text)) {
    const previous = numbers.at(-1);
    const stated = readStatedNumber(text, located, previous);
    if (stated) numbers.push(stated);
  }
  for (const match of text.matchAll(/持平/g))
    numbers.push({ role: 'change', value: 0, unit: 'percent', start: match.index, end: match.index + 2, numberStart: match.index });
  return numbers.sort((a, b) => a.start - b.start);
}

function readStatedNumber(text: string, located: LocatedChineseFigure, previous: StatedNumber | undefined): StatedNumber | undefined {
  const { amounts, prefix, unit, hedge } = located;
  const first = amounts[0];
  const last = amounts.at(-1);
  if (!first || !last || prefix.startsWith('第')) return undefined;
  if (unit !== undefined && NOT_A_QUANTITY.has(unit)) return undefined;
  const points = unit === '个百分点' || unit === '百分点';
  const measure = readMeasure(points ? undefined : unit, text.slice(located.end));
  if (!last.percent && !points && measure.unit === '') return undefined;

  let end = located.end + measure.extra;
  let postHedge = hedge;
  const more = postHedge === undefined ? MORE_POST_HEDGE.exec(text.slice(end)) : null;
  if (more) {
    postHedge = more.groups?.['hedge'];
    end += more[0].length;
  }

  const before = text.slice(previous?.end ?? 0, located.start);
  const lead = LEAD.exec(before);
  const changeWord = lead?.groups?.['change'];
  const preHedge = lead?.groups?.['hedge'];
  const continuesSeries = previous?.role === 'change' && changeWord === undefined && SERIES_JOIN.test(before);
  const role = points || (last.percent && changeWord !== undefined) || continuesSeries ? 'change' : 'level';
  const falling = changeWord !== undefined ? FALLING.test(changeWord) : continuesSeries && previous.value < 0;
  const sign = role === 'change' && falling ? -1 : 1;

  const low = sign * amountValue(first);
  const high = sign * amountValue(last);
  const stated: StatedNumber = {
    role,
    value: Math.min(low, high),
    unit: role === 'change' ? (points ? 'points' : 'percent') : last.percent ? 'percent' : measure.unit,
    start:
      role === 'change' || preHedge !== undefined ? located.start - (lead?.[0].length ?? 0) + leadingSpace(lead?.[0] ?? '') : located.start,
    end,
    numberStart: located.start,
  };
  if (amounts.length > 1) stated.max = Math.max(low, high);
  const qualifier = statedQualifier(
    amounts.some((amount) => amount.more),
    prefix,
    preHedge,
    postHedge,
  );
  if (qualifier) stated.qualifier = qualifier;
  return stated;
}

/** The spaces a lead starts with when it holds no verb: they are not part of the words. */
function leadingSpace(lead: string): number {
  return lead.length - lead.trimStart().length;
}

/** 余/多 inside the amount, then the hedge after it, then the one before it (控制在 3% 左右 is about 3%). */
function statedQualifier(
  more: boolean,
  prefix: string,
  preHedge: string | undefined,
  postHedge: string | undefined,
): FigureQualifier | undefined {
  if (more) return 'more-than';
  if (postHedge !== undefined) return POST_HEDGES[postHedge];
  if (preHedge !== undefined) return PRE_HEDGES.find(([word]) => word === preHedge)?.[1];
  if (prefix.startsWith('约')) return 'about';
  if (prefix.startsWith('近')) return 'nearly';
  return undefined;
}
