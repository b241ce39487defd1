/**
 * The check of a report's figures.json against its text and the vocabulary:
 * every figure's block exists, its phrase is still literally in the block, its
 * indicator is a key of content/indicators.json, and its level and change say
 * what their words say, read by the extractor's own rules (stated-numbers.ts)
 * and compared as the translation check compares values (compare-figures.ts).
 */
import { sameValue } from '../figures/compare-figures.ts';
import type { Figure, FiguresFile } from '../../schemas/figures-file.ts';
import type { Indicator } from '../../schemas/indicators.ts';
import type { FigureSourceBlock } from './extract-figures.ts';
import { maskNotation } from './notation-mask.ts';
import { readStatedNumbers, type StatedNumber } from './stated-numbers.ts';

export interface FigureProblem {
  /** Index in the file's `figures`. */
  index: number;
  figure: Figure;
  /** What is wrong and what to do. */
  message: string;
}

/** Every problem of the file, in file order. */
export function checkFigures(file: FiguresFile, blocks: readonly FigureSourceBlock[], indicators: readonly Indicator[]): FigureProblem[] {
  const byId = new Map(blocks.map((block) => [block.id, block]));
  const keys = new Set(indicators.map((indicator) => indicator.key));
  return file.figures.flatMap((figure, index) =>
    figureProblems(figure, byId.get(figure.block), keys).map((message) => ({ index, figure, message })),
  );
}

function figureProblems(figure: Figure, block: FigureSourceBlock | undefined, keys: Set<string>): string[] {
  const problems: string[] = [];
  if (figure.indicator !== undefined && !keys.has(figure.indicator))
    problems.push(`indicator "${figure.indicator}" is not a key of content/indicators.json; add it there or correct the key`);
  if (!block) return [...problems, `no block #${figure.block} in zh.mdx; point the figure at the paragraph that states it, or remove it`];
  const at = block.text.indexOf(figure.phrase);
  if (at < 0)
    return [
      ...problems,
      `the phrase no longer appears in #${figure.block}; run npm run figures -- extract, or correct the phrase to the paragraph's words`,
    ];
  const masked = maskNotation(block.text, block.figureText).slice(at, at + figure.phrase.length);
  for (const [name, stated] of [
    ['level', figure.level],
    ['change', figure.change],
  ] as const) {
    if (!stated) continue;
    const within = figure.phrase.indexOf(stated.text);
    if (within < 0) {
      problems.push(`${name}.text "${stated.text}" is not part of the phrase`);
      continue;
    }
    const read = readStatedNumbers(masked.slice(within, within + stated.text.length)).at(-1);
    const mismatch = describeMismatch(name, stated, read);
    if (mismatch) problems.push(mismatch);
  }
  return problems;
}

type Stated = NonNullable<Figure['level'] | Figure['change']>;

/** Why the stored number is not what its words say, or undefined when it is. */
function describeMismatch(name: 'level' | 'change', stated: Stated, read: StatedNumber | undefined): string | undefined {
  const says = `${name}.text "${stated.text}"`;
  if (!read) return `${says} states no figure`;
  if (read.role !== name) return `${says} states a ${read.role}, not a ${name}`;
  const unit = read.unit === 'yuan' && stated.unit === 'yuan-per-person' ? stated.unit : read.unit;
  const wrong: string[] = [];
  if (!sameValue(read.value, stated.value)) wrong.push(`value ${String(read.value)} (the file says ${String(stated.value)})`);
  if (
    (read.max === undefined) !== (stated.max === undefined) ||
    (read.max !== undefined && stated.max !== undefined && !sameValue(read.max, stated.max))
  )
    wrong.push(`max ${String(read.max ?? 'none')} (the file says ${String(stated.max ?? 'none')})`);
  if (read.qualifier !== stated.qualifier)
    wrong.push(`qualifier ${read.qualifier ?? 'none'} (the file says ${stated.qualifier ?? 'none'})`);
  if (unit !== stated.unit) wrong.push(`unit ${unit} (the file says ${stated.unit})`);
  return wrong.length === 0 ? undefined : `${says} says ${wrong.join(', ')}`;
}
