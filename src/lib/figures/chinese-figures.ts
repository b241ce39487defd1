/**
 * The figures of a Chinese paragraph: Arabic digits with their multiplier,
 * percent sign, measure word and hedge (1580.62 亿元, 4.3 万余件, 第 61 位).
 */
import { groupFigures, isIdentifier, NUMBER, type Amount } from './amount.ts';
import type { Figure } from './figure.ts';
import { figureText } from './figure-text.ts';
import { chineseQualifier } from './qualifiers.ts';
import { groupRanges, isChineseRangeSeparator } from './ranges.ts';
import { CHINESE_MULTIPLIER, CHINESE_MULTIPLIER_POWERS, CHINESE_PERCENT } from './scales.ts';

/** Number, then 余/多, 万/亿, 余/多 and % in the order Chinese writes them (6000 余万, 4.3 万余). */
const ZH_AMOUNT = new RegExp(
  String.raw`(?<![\d.])(?<num>${NUMBER})(?:\s*(?<more1>[余多]))?(?:\s*(?<mult>${CHINESE_MULTIPLIER}))?(?:\s*(?<more2>[余多]))?(?:\s*(?<pct>${CHINESE_PERCENT}))?`,
  'g',
);

/** The ordinal 第, or the hedges 近 and 约 (not in 附近, 节约, 签约 …), right before a figure. */
const ZH_PREFIX = /(?:第|(?<!附)近|(?<![节签合预制条契公违履邀缔])约)\s*$/;

/**
 * The measure word after a figure (亿元, 人, 位, 个百分点), then 以上/左右; the unit makes messages
 * readable and tells the key figures (src/lib/key-figures/) what a figure counts.
 */
const ZH_SUFFIX =
  /^\s*(?<unit>个百分点|百分点|平方公里|平方米|立方米|公里|公顷|千瓦|千米|个月|周年|周岁|[个家座栋件名人户项套所部条块亩米元场款位强次处台辆吨年月日天周届批类种只张间层期宗例床棵株倍])?\s*(?<hedge>以上|左右)?/;

/** The figures of a Chinese paragraph: Arabic digits only (三个, 十件 are words, not figures). */
export function extractChineseFigures(markdown: string): Figure[] {
  return locateChineseFigures(figureText(markdown)).flatMap((located) => located.figures);
}

/** A figure (one number, or a range) where it stands in its text, with the words read around it. */
export interface LocatedChineseFigure {
  /** Where its words start: at 第, 近 or 约 when written, else at the first digit. */
  start: number;
  /** Where its words end: after the last amount, its measure word and 以上/左右 when written. */
  end: number;
  /** The amounts as written: one, or both ends of a range. */
  amounts: Amount[];
  /** 第, 近 or 约 right before it, or ''. */
  prefix: string;
  /** The measure word after it (亿元 is 亿 in the amount, then 元), undefined for a percentage or none. */
  unit: string | undefined;
  /** 以上 or 左右 after it. */
  hedge: string | undefined;
  /** What the figure check compares: one figure per amount. */
  figures: Figure[];
}

/**
 * Every figure of an already prepared text (see `figureText`) with its place,
 * for readers that need more than the values: the key figures of a report.
 */
export function locateChineseFigures(text: string): LocatedChineseFigure[] {
  const amounts = [...text.matchAll(ZH_AMOUNT)].flatMap((match) => chineseAmount(match, text));
  return groupRanges(amounts, text, isChineseRangeSeparator).flatMap((group) => locateGroup(group, text));
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
      power: CHINESE_MULTIPLIER_POWERS[groups['mult'] ?? ''] ?? 0,
      percent: groups['pct'] !== undefined,
      ordinal: false,
      more: groups['more1'] !== undefined || groups['more2'] !== undefined,
    },
  ];
}

function locateGroup(group: Amount[], text: string): LocatedChineseFigure[] {
  const first = group[0];
  const last = group.at(-1);
  if (!first || !last) return [];
  const before = text.slice(Math.max(0, first.start - 4), first.start);
  const prefix = ZH_PREFIX.exec(before)?.[0] ?? '';
  const suffix = ZH_SUFFIX.exec(text.slice(last.end));
  const unit = last.percent ? undefined : suffix?.groups?.['unit'];
  const hedge = suffix?.groups?.['hedge'];
  // 9 月 is a calendar month: English writes "September", with no digit to match.
  if (unit === '月' && last.power === 0) return [];
  const suffixLength = unit === undefined && hedge === undefined ? 0 : (suffix?.[0].length ?? 0);
  const start = first.start - prefix.length;
  const end = start + text.slice(start, last.end + suffixLength).trimEnd().length;
  const raw = text.slice(start, end);
  const figures = groupFigures(group, chineseQualifier(group, prefix, unit, hedge), prefix.startsWith('第'), raw);
  return [{ start, end, amounts: group, prefix, unit, hedge, figures }];
}
