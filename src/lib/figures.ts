/**
 * Figures in a paragraph and its translation: every number in the Chinese must
 * reappear, correctly converted, in the English (1580.62 亿元 → 158.062 billion,
 * 4.3 万余件 → more than 43,000, 第 61 位 → 61st). The extractors read both sides
 * into comparable `Figure`s and `compareFigures` reports what does not line up,
 * so a test can fail the build on a wrong translation.
 *
 * The public API; the parts live in figures/, one concern a file:
 *
 * - figure.ts: the `Figure` both sides are read into, and its `Qualifier`;
 * - figure-text.ts: the text figures are read from (no <sup>, ids or link targets);
 * - amount.ts: value parsing, an Arabic number as written becomes a figure;
 * - scales.ts: multipliers (万, 亿, million) and percentages (%, percent);
 * - ranges.ts: 3~5 and 3 to 5 million, whose ends share their units;
 * - qualifiers.ts: hedges in both languages (余, 近, 以上, 左右; more than, nearly …);
 * - chinese-figures.ts, english-figures.ts (with english-number-words.ts): the extractors;
 * - compare-figures.ts: the figure check of a translation, with chinese-evidence.ts
 *   (every value the Chinese mentions, number words included) and describe-figure.ts (messages).
 *
 * Pure (no Node APIs): imported by build scripts and by the site.
 */

export type { Figure, FigureKind, Qualifier } from './figures/figure.ts';
export { figureText } from './figures/figure-text.ts';
export { extractChineseFigures } from './figures/chinese-figures.ts';
export { extractEnglishFigures } from './figures/english-figures.ts';
export { compareExtractedFigures, compareFigures, type FigureMismatch, type MismatchKind } from './figures/compare-figures.ts';
export { chineseEvidence } from './figures/chinese-evidence.ts';
export { describeFigure } from './figures/describe-figure.ts';
