/**
 * Was a target met? Only said where the comparison is unambiguous: the target
 * of year N (from year N's report) and the result for year N (from year N+1's
 * report) of the same indicator, both stated as a change in the same unit
 * (percent or points) or both as a level in the same unit, and the result
 * stated exactly (a result of "近 5%" or "5% 左右" gets no verdict). Then:
 *
 * - 以上 (or-more): met when the result ≥ the target; 超过 (more-than): > ; 以内 (at-most): ≤.
 * - a range (6%—7%): a higher-is-better indicator meets it from its lower end, a
 *   lower-is-better one up to its upper end, one that is neither inside it.
 * - 左右 (about) tolerates half a point on a rate (a change, or a level in
 *   percent): 6% 左右 is met by 5.5% and more, missed by 5.2%; on an amount
 *   (亿元) "about" has no agreed width, so no verdict; nor on an indicator that
 *   is neither better higher nor lower: 居民消费价格涨幅 3% 左右 is a ceiling
 *   in the reports' own sense, and a result of 0.2% is no missed target.
 * - an exact target: met when reached in the good direction (`better`); an
 *   indicator that is neither better higher nor lower (prices) gets no verdict.
 * - 近 (nearly) as a target: no verdict.
 */
import type { Figure, FigureChange, FigureLevel } from '../../schemas/figures-file.ts';
import type { Indicator } from '../../schemas/indicators.ts';

export type Verdict = 'met' | 'missed';

/** Half a percentage point: how far a result may fall short of a rate "about" a target (左右). */
export const ABOUT_TOLERANCE_POINTS = 0.5;

// Floating-point sums of decimals (5.5 + 0.5) must compare as written.
const EPSILON = 1e-9;

type Stated = FigureLevel | FigureChange;

/** The pair of stated numbers that can be compared, the change first: undefined when none can. */
export function comparable(target: Figure, result: Figure): { target: Stated; result: Stated } | undefined {
  if (target.change && result.change && target.change.unit === result.change.unit) return { target: target.change, result: result.change };
  if (target.level && result.level && target.level.unit === result.level.unit) return { target: target.level, result: result.level };
  return undefined;
}

export function judgeTarget(target: Figure, result: Figure, better: Indicator['better']): Verdict | undefined {
  if (target.indicator === undefined || target.indicator !== result.indicator) return undefined;
  const pair = comparable(target, result);
  if (!pair) return undefined;
  const goal = pair.target;
  const got = pair.result;
  if (got.qualifier !== undefined || got.max !== undefined) return undefined;
  const r = got.value;
  const t = goal.value;
  const verdict = (met: boolean): Verdict => (met ? 'met' : 'missed');
  if (goal.max !== undefined) {
    if (better === 'higher') return verdict(r >= t - EPSILON);
    if (better === 'lower') return verdict(r <= goal.max + EPSILON);
    return verdict(r >= t - EPSILON && r <= goal.max + EPSILON);
  }
  switch (goal.qualifier) {
    case 'or-more':
      return verdict(r >= t - EPSILON);
    case 'more-than':
      return verdict(r > t + EPSILON);
    case 'at-most':
      return verdict(r <= t + EPSILON);
    case 'nearly':
      return undefined;
    case 'about': {
      const rate = goal.unit === 'percent' || goal.unit === 'points';
      if (!rate || better === 'neither') return undefined;
      const tolerance = ABOUT_TOLERANCE_POINTS + EPSILON;
      if (better === 'higher') return verdict(r >= t - tolerance);
      return verdict(r <= t + tolerance);
    }
    case undefined:
      if (better === 'higher') return verdict(r >= t - EPSILON);
      if (better === 'lower') return verdict(r <= t + EPSILON);
      return undefined;
  }
}
