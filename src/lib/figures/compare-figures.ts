/**
 * The figure check of a translation: every figure of the Chinese must reappear,
 * with its hedge and as a percentage where it is one, in the English, and the
 * English must not bring figures of its own.
 */
import { chineseEvidence } from './chinese-evidence.ts';
import { extractChineseFigures } from './chinese-figures.ts';
import { describeFigure } from './describe-figure.ts';
import { extractEnglishFigures } from './english-figures.ts';
import type { Figure } from './figure.ts';
import { QUALIFIER_WORDS, qualifierFamily } from './qualifiers.ts';

/**
 * - missing: no English figure has the value;
 * - qualifier: the value is there but the hedge (余, 近, 以上, 左右) is lost or changed;
 * - kind: the value is there but a percent became a plain number or the reverse;
 * - extra: an English figure whose value appears nowhere in the Chinese.
 */
export type MismatchKind = 'missing' | 'qualifier' | 'kind' | 'extra';

export interface FigureMismatch {
  /** The Chinese figure, or for `extra` the English one. */
  figure: Figure;
  /** A sentence a translator understands, naming the raw text on both sides. */
  problem: string;
  kind: MismatchKind;
  /** For `qualifier` and `kind`: the English figure that has the value but not the form. */
  english?: Figure | undefined;
}

/** Equal values, allowing for the float error of scaling (1580.62e8). */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** A percent must stay a percent; ordinals and counts mix freely ("第 61 位" → "61", "75 周年" → "75th"). */
function sameKindFamily(a: Figure, b: Figure): boolean {
  return (a.kind === 'percent') === (b.kind === 'percent');
}

/** Whether English figure `en` renders Chinese figure `zh`. An unhedged Chinese figure accepts any hedge ("突破" → "over"). */
function renders(zh: Figure, en: Figure): boolean {
  if (!sameValue(zh.value, en.value) || !sameKindFamily(zh, en)) return false;
  return zh.qualifier === undefined || qualifierFamily(zh.qualifier) === qualifierFamily(en.qualifier);
}

/** Exact renderings first, so an unhedged "2023" does not take the "over 2023" a hedged figure needs. */
function preference(zh: Figure, en: Figure): number {
  return (zh.qualifier === en.qualifier ? 0 : 2) + (zh.kind === en.kind ? 0 : 1);
}

/**
 * Match Chinese to English figures as multisets: a maximum bipartite matching
 * (augmenting paths), so the order figures appear in never causes a false miss.
 * Returns, for each English figure, the index of the Chinese figure it renders.
 */
function matchFigures(zh: Figure[], en: Figure[]): (number | undefined)[] {
  const candidates = zh.map((z) =>
    en.flatMap((e, j) => (renders(z, e) ? [j] : [])).sort((a, b) => preference(z, en[a] as Figure) - preference(z, en[b] as Figure)),
  );
  const owner: (number | undefined)[] = en.map(() => undefined);
  const assign = (i: number, seen: Set<number>): boolean => {
    for (const j of candidates[i] ?? []) {
      if (seen.has(j)) continue;
      seen.add(j);
      const current = owner[j];
      if (current === undefined || assign(current, seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  zh.forEach((_, i) => assign(i, new Set()));
  return owner;
}

/**
 * Compare the figures of a Chinese paragraph and its English translation.
 * Reports every Chinese figure the English lacks (or renders with the wrong
 * hedge or as a non-percent), and every English figure whose value appears
 * nowhere in the Chinese (`extra`). English repeats of a Chinese value, and
 * number words ("three", "14th" for 十四五), are not reported.
 */
export function compareFigures(chineseMarkdown: string, englishMarkdown: string): FigureMismatch[] {
  const zh = extractChineseFigures(chineseMarkdown);
  return compareExtractedFigures(zh, extractEnglishFigures(englishMarkdown), chineseEvidence(chineseMarkdown, zh));
}

/**
 * `compareFigures` on figures already read: the Chinese figures, the English ones, and
 * every value the Chinese mentions (`chineseEvidence`). For callers that compare many
 * combinations of the same sentences (the translation memory's alignment) and read each
 * sentence once.
 */
export function compareExtractedFigures(zh: Figure[], en: Figure[], evidence: readonly number[]): FigureMismatch[] {
  const owner = matchFigures(zh, en);
  const matched = new Set(owner.filter((i) => i !== undefined));
  const unmatchedEnglish = en.filter((_, j) => owner[j] === undefined);
  const problems = zh.flatMap((figure, i) => (matched.has(i) ? [] : [chineseProblem(figure, en, unmatchedEnglish)]));
  for (const figure of unmatchedEnglish) {
    if (!/\d/.test(figure.raw) || evidence.some((value) => sameValue(value, figure.value))) continue;
    problems.push({
      figure,
      kind: 'extra',
      problem: `English "${figure.raw}" (${describeFigure(figure)}) matches no figure in the Chinese`,
    });
  }
  return problems;
}

/** Why a Chinese figure went unmatched: name an English figure with its value but the wrong form, if any. */
function chineseProblem(figure: Figure, en: Figure[], unmatchedEnglish: Figure[]): FigureMismatch {
  const nearMiss = (list: Figure[]) => list.find((e) => sameValue(e.value, figure.value) && !renders(figure, e));
  const english = nearMiss(unmatchedEnglish) ?? nearMiss(en);
  const zhText = `Chinese "${figure.raw}" (${describeFigure(figure)})`;
  if (!english) {
    // Every English rendering of this value is taken by another Chinese occurrence of it.
    const repeated = en.some((e) => renders(figure, e)) ? ' (the English has it fewer times than the Chinese)' : '';
    return { figure, kind: 'missing', problem: `${zhText} has no matching figure in the English${repeated}` };
  }
  const enText = `English "${english.raw}"`;
  if (!sameKindFamily(figure, english)) {
    const why = figure.kind === 'percent' ? 'is not a percentage' : 'is a percentage where the Chinese is not';
    return { figure, english, kind: 'kind', problem: `${zhText} appears as ${enText}, which ${why}` };
  }
  const wanted = QUALIFIER_WORDS[figure.qualifier ?? 'about'];
  const why = english.qualifier ? `says "${QUALIFIER_WORDS[english.qualifier]}" where the Chinese says "${wanted}"` : `drops "${wanted}"`;
  return { figure, english, kind: 'qualifier', problem: `${zhText} appears as ${enText}, which ${why}` };
}
