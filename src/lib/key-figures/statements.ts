/**
 * The statements of figures in one block: each number a block states
 * (stated-numbers.ts) joined to the subject it is about, read sentence by
 * sentence and clause by clause, the way these reports write them:
 *
 *     区域地区生产总值完成 1580.62 亿元，增长 2.1%。     one subject, a level and a change
 *     新增“四上”企业 175 家、晋兴板企业 8 家            an enumeration: a subject each
 *     城乡居民人均可支配收入分别增长 4.7%和 8.1%          分别: one number per part of the subject
 *     新建山西国冕等 3 个千亩特色农业示范基地            the counted noun after the measure word
 *
 * Offsets are into the block's text; the masked text (notation-mask.ts) is read,
 * the reader-visible text sliced, so every phrase is literally in the block.
 */
import { readStatedNumbers, type StatedNumber } from './stated-numbers.ts';
import { RESPECTIVELY, subjectWords } from './statement-words.ts';

export interface Statement {
  /** What is measured, as the text names it ('' when the clause names nothing and no earlier subject applies). */
  subject: string;
  /** Where the statement's words start: at its subject, or at its first number when it has none. */
  start: number;
  /** Where its sentence starts. */
  sentenceStart: number;
  /** The level (how much) and change (by how much); at least one. */
  level?: StatedNumber;
  change?: StatedNumber;
  /** The counted noun after a measure word (3 个|千亩特色农业示范基地), part of the subject and the phrase. */
  tail: { start: number; end: number } | undefined;
  /** For a subject followed by 分别: its numbers in order, one per part (see indicators.json `respectively`). */
  series?: StatedNumber[];
}

const SENTENCE_END = /[。！？；!?;]/g;
const CLAUSE_END = /[，,：:]/g;
/** The counted noun right after a measure word: Han text up to punctuation or a digit (not 的…, 以上, nor a change: 同比增长). */
const COUNTED_NOUN = /^(?![的以]|同比|比上年|较上年|增长|下降|提高|降低)[\u4e00-\u9fff][^\d，。；：、,;:！？!?（）()“”《》\s]{0,15}/;

/** Every statement of the block, in reading order. */
export function readStatements(text: string, masked: string): Statement[] {
  const quoted = quotedRanges(masked);
  const numbers = readStatedNumbers(masked).filter(
    (number) => !quoted.some(([from, to]) => number.numberStart > from && number.numberStart < to),
  );
  const statements: Statement[] = [];
  let cursor = 0;
  for (const number of numbers) {
    const sentenceStart = lastBoundary(masked, SENTENCE_END, number.numberStart);
    const current = statements.at(-1);
    const sameSentence = current !== undefined && current.sentenceStart === sentenceStart;
    const afterNumber = sameSentence && cursor > lastBoundary(masked, CLAUSE_END, number.start);
    const clauseStart = Math.max(sentenceStart, lastBoundary(masked, CLAUSE_END, number.start), sameSentence ? cursor : 0);
    const lead = text.slice(clauseStart, number.start);
    const stripped = subjectWords(lead, afterNumber);
    // A clause that is only a verb (完成 3500 亩高标准农田建设) keeps the verb: the counted noun follows.
    const bare = stripped.text === '' && !sameSentence ? { text: lead.trim(), offset: lead.length - lead.trimStart().length } : undefined;
    const words = bare ?? stripped;

    if (words.text === '' && sameSentence && attach(current, number)) {
      cursor = number.end;
      continue;
    }
    const statement: Statement = { subject: words.text, start: clauseStart + words.offset, sentenceStart, tail: undefined };
    if (words.text.startsWith('占') && sameSentence && current.subject !== '') {
      // A share of what came before (新认定高新技术企业 473 家，占全市 72.1%): the share of that subject.
      statement.subject = `${current.subject}${words.text}`;
      statement.start = current.start;
    } else if (words.text === '' && sameSentence) {
      // No words of its own: the subject before it goes on (投入 44.45 亿元，增长 5%，其中 …).
      statement.subject = current.subject;
      statement.start = current.start;
    } else if (words.text === '') {
      statement.start = number.start;
    }
    if (number.role === 'change') statement.change = number;
    else statement.level = number;
    if (words.text !== '' && RESPECTIVELY.test(text.slice(clauseStart + words.offset + words.text.length, number.start)))
      statement.series = [number];
    cursor = number.end;
    if (number.role === 'level' && number.unit !== 'percent') {
      const noun = COUNTED_NOUN.exec(masked.slice(number.end));
      if (noun) {
        statement.tail = { start: number.end, end: number.end + noun[0].length };
        cursor = statement.tail.end;
      }
    }
    statements.push(statement);
  }
  return statements;
}

/** Take `number` into the statement as its missing change, or as the next of its series; false if it does not fit. */
function attach(statement: Statement, number: StatedNumber): boolean {
  if (statement.series) {
    const first = statement.series[0];
    if (first?.role !== number.role) return false;
    statement.series.push(number);
    return true;
  }
  if (statement.tail) return false;
  if (number.role === 'change' && !statement.change) {
    statement.change = number;
    return true;
  }
  return false;
}

/** The index right after the last match of `boundary` before `position` (0 when there is none). */
function lastBoundary(text: string, boundary: RegExp, position: number): number {
  let last = 0;
  for (const match of text.slice(0, position).matchAll(boundary)) last = match.index + match[0].length;
  return last;
}

/** Stretches inside “…”, 《…》, 「…」: names (“2023 中国楼宇经济十大活力城区”, 《……2035 年》), not statements. */
function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(/“[^“”]*”|《[^《》]*》|「[^「」]*」/g)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}
