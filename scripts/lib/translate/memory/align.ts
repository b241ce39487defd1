/**
 * Sentence alignment of a stored translation (Gale & Church 1993, "A program
 * for aligning sentences in bilingual corpora"): the Chinese and English
 * sentences of one paragraph are paired into beads of 1–4 sentences a side by
 * dynamic programming over their lengths, where the English length of a bead is
 * expected to be `ratio` times its Chinese length with variance `variance` per
 * Chinese character (both estimated from the stored paragraphs, see
 * `estimateLengthModel`). A bead is allowed only if its length deviation stays
 * within `MAX_DEVIATION` standard deviations and the caller's `penalty` for it
 * is finite (the caller's anchors: figures and glossary markers must agree, a
 * term rendered on one side only costs extra); when no path of allowed beads
 * covers both sides, there is no alignment.
 */

export interface LengthModel {
  /** English characters per Chinese character. */
  ratio: number;
  /** Variance of the English length per Chinese character. */
  variance: number;
}

/** One aligned pair: `zh` Chinese sentences from index `zhStart`, `en` English sentences from `enStart`. */
export interface Bead {
  zhStart: number;
  zh: number;
  enStart: number;
  en: number;
}

/** Bead shapes and their prior probabilities (Gale & Church's 1–1, 1–2, 2–1 and 2–2, with larger ones added: English often splits a long Chinese sentence at its semicolons). */
const SHAPES: readonly { zh: number; en: number; prior: number }[] = [
  { zh: 1, en: 1, prior: 0.85 },
  { zh: 1, en: 2, prior: 0.05 },
  { zh: 2, en: 1, prior: 0.05 },
  { zh: 2, en: 2, prior: 0.02 },
  { zh: 1, en: 3, prior: 0.01 },
  { zh: 3, en: 1, prior: 0.01 },
  { zh: 1, en: 4, prior: 0.002 },
  { zh: 4, en: 1, prior: 0.002 },
  { zh: 2, en: 3, prior: 0.002 },
  { zh: 3, en: 2, prior: 0.002 },
];

/** Beyond this many standard deviations a bead's lengths do not fit: about 1 in 100 true beads. */
export const MAX_DEVIATION = 2.6;

/**
 * A model for Chinese → English when too few paragraphs are stored to estimate one: about what the 2024
 * report gives (5.2 visible English characters, spaces included, per Chinese character; variance 97).
 */
export const DEFAULT_MODEL: LengthModel = { ratio: 5, variance: 100 };

/** Estimate the length model from whole paragraphs (Chinese and English visible lengths). */
export function estimateLengthModel(pairs: readonly { zh: number; en: number }[]): LengthModel {
  const usable = pairs.filter((pair) => pair.zh >= 10 && pair.en > 0);
  if (usable.length < 5) return DEFAULT_MODEL;
  const ratio = usable.reduce((sum, pair) => sum + pair.en, 0) / usable.reduce((sum, pair) => sum + pair.zh, 0);
  const variance = usable.reduce((sum, pair) => sum + (pair.en - ratio * pair.zh) ** 2 / pair.zh, 0) / usable.length;
  return { ratio, variance: Math.max(variance, 1) };
}

/** How far a bead's English length is from what its Chinese length predicts, in standard deviations. */
export function lengthDeviation(zhLength: number, enLength: number, model: LengthModel): number {
  const zh = Math.max(zhLength, 1);
  return (enLength - model.ratio * zh) / Math.sqrt(zh * model.variance);
}

/** The best alignment of two sentence lists by their lengths, or undefined if no reliable one exists. */
export function alignSentences(
  zhLengths: readonly number[],
  enLengths: readonly number[],
  model: LengthModel,
  penalty: (bead: Bead) => number = () => 0,
): Bead[] | undefined {
  const rows = zhLengths.length;
  const cols = enLengths.length;
  if (rows === 0 || cols === 0) return undefined;
  const cost: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(Infinity));
  const step: ({ zh: number; en: number } | undefined)[][] = Array.from({ length: rows + 1 }, () =>
    new Array<{ zh: number; en: number } | undefined>(cols + 1).fill(undefined),
  );
  (cost[0] as number[])[0] = 0;
  for (let i = 0; i <= rows; i++) {
    for (let j = 0; j <= cols; j++) {
      const here = cost[i]?.[j] ?? Infinity;
      if (here === Infinity) continue;
      for (const shape of SHAPES) {
        const ni = i + shape.zh;
        const nj = j + shape.en;
        if (ni > rows || nj > cols) continue;
        const deviation = lengthDeviation(sum(zhLengths, i, ni), sum(enLengths, j, nj), model);
        if (Math.abs(deviation) > MAX_DEVIATION) continue;
        const extra = penalty({ zhStart: i, zh: shape.zh, enStart: j, en: shape.en });
        if (extra === Infinity) continue;
        const total = here - Math.log(shape.prior) - Math.log(twoTailed(deviation)) + extra;
        const row = cost[ni] as number[];
        if (total < (row[nj] ?? Infinity)) {
          row[nj] = total;
          (step[ni] as ({ zh: number; en: number } | undefined)[])[nj] = shape;
        }
      }
    }
  }
  const beads: Bead[] = [];
  let i = rows;
  let j = cols;
  while (i > 0 || j > 0) {
    const shape = step[i]?.[j];
    if (!shape) return undefined;
    i -= shape.zh;
    j -= shape.en;
    beads.unshift({ zhStart: i, zh: shape.zh, enStart: j, en: shape.en });
  }
  return beads;
}

function sum(values: readonly number[], from: number, to: number): number {
  let total = 0;
  for (let index = from; index < to; index++) total += values[index] ?? 0;
  return total;
}

/** P(|Z| ≥ |z|) for a standard normal Z, floored so a log never sees 0. */
function twoTailed(z: number): number {
  return Math.max(1e-12, 1 - erf(Math.abs(z) / Math.SQRT2));
}

/** Abramowitz & Stegun 7.1.26 (error below 1.5e-7), enough for a cost. */
function erf(x: number): number {
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return 1 - poly * Math.exp(-x * x);
}
