/**
 * The words that decide what a statement is: the verbs between a subject and its
 * number, whether it reports a result or sets a target, and the years it names.
 */
import { parseChineseDigits } from '../chinese-numerals.ts';

/**
 * Verbs and hedges that end a subject before its number (完成 1580.62 亿元, 分别, 增速达): not part of the
 * subject. A change verb before a percentage is the change's own words already; before a level it is
 * part of what is counted (森林质量提升 1000 亩), so it stays.
 */
const SUBJECT_TAIL =
  /(?:完成|实现|达到|达|为|是|突破|超过|控制在|保持在|稳定在|分别|同比|比上年|较上年|与上年|和上年|同上年|基本|保持|共计|共|累计|总计|合计|年均|增速|增幅|涨幅|降幅|至|到|了|有)\s*$/;

/** Punctuation, and the counting of a list (一是, 二是), a subject never starts with. */
const SUBJECT_HEAD = /^[\s、，,：:；;）)]*(?:[一二三四五六七八九十]+是)?/;
/** Conjunctions that join a number to the one before it (A 175 家、B 8 家; 4.7% 和 8.1%). */
const SERIES_HEAD = /^[\s、，,]*(?:以及|及|和|与|并|的)?\s*/;

/** The subject words of the text before a number: verbs after it and punctuation before it stripped; '' if nothing is left. */
export function subjectWords(lead: string, afterNumber: boolean): { text: string; offset: number } {
  const head = (afterNumber ? SERIES_HEAD : SUBJECT_HEAD).exec(lead)?.[0].length ?? 0;
  let text = lead.slice(head);
  for (let stripped = text.replace(SUBJECT_TAIL, ''); stripped !== text; stripped = text.replace(SUBJECT_TAIL, '')) text = stripped;
  const trimmed = text.trimEnd();
  return { text: trimmed, offset: head };
}

/** 分别 between a subject and its first number: the numbers that follow go to the subject's parts in order. */
export const RESPECTIVELY = /分别/;

/**
 * Words that make a sentence a target: 力争, 预期, 确保 … and 目标 or 计划 unless it is a
 * target met (超额完成年度目标任务, 完成年度计划的 105% report a result).
 */
const TARGET_WORDS = /力争|预期|确保|预计|争取|力求|(?<!完成[^，。；]{0,8})(?:目标|计划)/;
/**
 * The same in a part that looks back, less 争取: there it reports what was obtained
 * (争取上级资金 5.2 亿元 is money secured last year), not an aim. And 目标 or 计划 only as
 * a statement of aim (目标是, 计划到): in a review they are mostly in the names of what was
 * done (实施科技企业培育计划，新增高新技术企业 50 家 reports 50 enterprises added).
 */
const REVIEW_TARGET_WORDS = /力争|预期|确保|预计|力求|(?<!完成[^，。；]{0,8})(?:目标[是为：:]|计划[到在于])/;
/** Words that make a sentence in a part about the coming year report the last one (去年, 一年来), not 比上年 or 较去年. */
const RESULT_WORDS = /过去一年|一年来|过去五年|(?<![比较同])(?:上年|去年)/;

export type StatementKind = 'result' | 'target';

/** A part's kind from its heading: 2023年工作回顾 looks back, 2024 年工作安排 ahead; undefined for neither (政府自身建设). */
export function partKind(heading: string): StatementKind | undefined {
  if (/回顾|成绩|成就|总结|过去/.test(heading)) return 'result';
  if (/安排|目标|任务|计划|展望|打算|思路/.test(heading)) return 'target';
  return undefined;
}

/** Whether the sentence sets a target in so many words (力争, 预期, 确保, 目标 …). */
export function hasTargetWords(sentence: string): boolean {
  return TARGET_WORDS.test(sentence);
}

/** A statement's kind: the words of its sentence where they are clear, else its part's. */
export function statementKind(sentence: string, part: StatementKind): StatementKind {
  if (part === 'result') return REVIEW_TARGET_WORDS.test(sentence) ? 'target' : 'result';
  return RESULT_WORDS.test(sentence) && !TARGET_WORDS.test(sentence) ? 'result' : 'target';
}

const YEAR = /(?<![\d.])(?<digits>(?:19|20)\d{2})\s*年|(?<words>[〇零○一二三四五六七八九]{4})年/g;

/** The last year named in `text` (2023年, 2024 年, 二〇二三年; for 2021—2025 年 the end), or undefined. */
export function lastNamedYear(text: string): number | undefined {
  let year: number | undefined;
  for (const match of text.matchAll(YEAR)) {
    const digits = match.groups?.['digits'];
    const words = match.groups?.['words'];
    year = digits !== undefined ? Number(digits) : words !== undefined ? parseChineseDigits(words) : year;
  }
  return year;
}
