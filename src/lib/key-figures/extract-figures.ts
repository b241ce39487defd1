/**
 * A report's figures as data (content/reports/<region>/<year>/figures.json):
 * every statement of a figure in every block (statements.ts), with the standard
 * indicator it names (indicator-names.ts), whether it is a result or a target
 * and the year it is about (statement-words.ts), its block id and its exact
 * phrase. Pure: the command (scripts/figures.ts) reads the files and gives each
 * block's reader-visible text and figure text.
 */
import type { Figure, FigureChange, FigureLevel } from '../../schemas/figures-file.ts';
import type { Indicator } from '../../schemas/indicators.ts';
import { indicatorMatcher } from './indicator-names.ts';
import { maskNotation } from './notation-mask.ts';
import type { StatedNumber } from './stated-numbers.ts';
import { hasTargetWords, lastNamedYear, partKind, statementKind, type StatementKind } from './statement-words.ts';
import { readStatements, type Statement } from './statements.ts';

/** A block as the extractor reads it. */
export interface FigureSourceBlock {
  id: string;
  /** Heading depth: 2 for a part (一、2023年工作回顾), more for sections; 0 for paragraphs. */
  depth: number;
  /** The reader-visible text (markdownToPlainText). */
  text: string;
  /** The same text without sup/sub content (markdownToFigureText). */
  figureText: string;
  /**
   * True for a table (附件1 主要指标). Its figures are not read yet: a cell's unit is in its row's
   * heading and its year in its column's, which sentences and clauses do not give. Default false.
   */
  table?: boolean;
}

/** Every figure of a report of `year`, in reading order. */
export function extractFigures(blocks: readonly FigureSourceBlock[], year: number, indicators: readonly Indicator[]): Figure[] {
  const match = indicatorMatcher(indicators);
  const byKey = new Map(indicators.map((indicator) => [indicator.key, indicator]));
  const figures: Figure[] = [];
  let part: StatementKind = 'result';
  for (const block of blocks) {
    // A part heading sets the kind of what follows; a part that says neither (政府自身建设) keeps the one before.
    if (block.depth > 0 && block.depth <= 2) part = partKind(block.text) ?? part;
    if (block.table === true) continue;
    const masked = maskNotation(block.text, block.figureText);
    const phrases = new Set<string>();
    for (const statement of readStatements(block.text, masked)) {
      for (const figure of statementFigures(statement, block, masked, { year, part, match, byKey })) {
        // The same words twice in one block state the same figure twice: one entry is enough.
        if (phrases.has(figure.phrase)) continue;
        phrases.add(figure.phrase);
        figures.push(figure);
      }
    }
  }
  return figures;
}

interface Context {
  year: number;
  part: StatementKind;
  match: ReturnType<typeof indicatorMatcher>;
  byKey: Map<string, Indicator>;
}

/** The figures of one statement: one, or one per number of a 分别 series. */
function statementFigures(statement: Statement, block: FigureSourceBlock, masked: string, context: Context): Figure[] {
  const { text } = block;
  const matched = statement.subject === '' ? undefined : context.match(statement.subject);
  const tail = statement.tail ? text.slice(statement.tail.start, statement.tail.end) : '';
  const subject = matched?.name ?? (`${statement.subject}${tail}` || text.slice(statement.start, firstNumber(statement).end).trim());
  const numbers = statement.series ?? [statement.level ?? statement.change].filter((n) => n !== undefined);
  const parts = statement.series ? (matched?.indicator.respectively ?? []) : [];

  return numbers.map((number, index) => {
    const partKey = parts[index];
    const indicator = partKey !== undefined ? context.byKey.get(partKey) : matched?.indicator;
    const end = statement.series ? number.end : Math.max(statement.level?.end ?? 0, statement.change?.end ?? 0, statement.tail?.end ?? 0);
    const phrase = text.slice(statement.start, end);
    const sentence = masked.slice(statement.sentenceStart, end);
    const kind = kindOf(sentence, context);
    const figure: Figure = {
      block: block.id,
      phrase,
      subject: partKey !== undefined && indicator ? indicator.zh : subject,
      kind,
      year: yearOf(sentence, kind, context.year),
      reviewed: false,
      note: '',
    };
    if (indicator) figure.indicator = indicator.key;
    // In a series each number's words run from the first verb to it (增长 4.7%和 8.1%), so its sign is read with it.
    const from = statement.series?.[0]?.start ?? number.start;
    if (statement.series) {
      if (number.role === 'change') figure.change = changeOf(number, text.slice(from, number.end));
      else figure.level = levelOf(number, text.slice(from, number.end), indicator);
    } else {
      if (statement.level) figure.level = levelOf(statement.level, text.slice(statement.level.start, statement.level.end), indicator);
      if (statement.change) figure.change = changeOf(statement.change, text.slice(statement.change.start, statement.change.end));
    }
    return figure;
  });
}

function firstNumber(statement: Statement): StatedNumber {
  const first =
    statement.level && statement.change
      ? statement.level.start < statement.change.start
        ? statement.level
        : statement.change
      : (statement.level ?? statement.change);
  if (!first) throw new Error('a statement without a number');
  return first;
}

/**
 * A result or a target, from the sentence's words or else its part; a year the sentence names
 * settles it when its words do not (到 2027 年 … is a target, 2023 年 … a result).
 */
function kindOf(sentence: string, context: Context): StatementKind {
  const kind = statementKind(sentence, context.part);
  const named = lastNamedYear(sentence);
  if (named === undefined || hasTargetWords(sentence)) return kind;
  return named >= context.year ? 'target' : 'result';
}

/**
 * The year a figure is about: the year its sentence names, when that fits its kind (a target is about
 * the report's year or later, a result about an earlier one); else the report's year for a target and
 * the year before for a result (巩固 2023 年成果，力争 … is a target for the report's year).
 */
function yearOf(sentence: string, kind: StatementKind, reportYear: number): number {
  const named = lastNamedYear(sentence);
  if (named !== undefined && (kind === 'target' ? named >= reportYear : named < reportYear)) return named;
  return kind === 'target' ? reportYear : reportYear - 1;
}

function levelOf(number: StatedNumber, words: string, indicator: Indicator | undefined): FigureLevel {
  // 640 元 of a per-person indicator is yuan per person.
  const unit = number.unit === 'yuan' && indicator?.unit === 'yuan-per-person' ? 'yuan-per-person' : number.unit;
  return { ...statedValue(number), unit, text: words };
}

function changeOf(number: StatedNumber, words: string): FigureChange {
  return { ...statedValue(number), unit: number.unit === 'points' ? 'points' : 'percent', text: words };
}

function statedValue(number: StatedNumber): { value: number; max?: number; qualifier?: StatedNumber['qualifier'] } {
  return {
    value: number.value,
    ...(number.max !== undefined ? { max: number.max } : {}),
    ...(number.qualifier !== undefined ? { qualifier: number.qualifier } : {}),
  };
}
