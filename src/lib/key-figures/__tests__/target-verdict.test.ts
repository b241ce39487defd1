import { describe, expect, test } from 'vitest';
import type { Figure, FigureChange, FigureLevel } from '../../../schemas/figures-file.ts';
import { judgeTarget } from '../target-verdict.ts';

function figure(
  kind: Figure['kind'],
  stated: { change?: Omit<FigureChange, 'text'>; level?: Omit<FigureLevel, 'text'> },
  indicator = 'gdp',
): Figure {
  return {
    block: 'p1',
    phrase: 'x',
    indicator,
    subject: '地区生产总值',
    kind,
    year: 2024,
    ...(stated.change ? { change: { ...stated.change, text: 'x' } } : {}),
    ...(stated.level ? { level: { ...stated.level, text: 'x' } } : {}),
    reviewed: false,
    note: '',
  };
}
const growth = (value: number, extra: Partial<FigureChange> = {}) => ({ change: { value, unit: 'percent' as const, ...extra } });

describe('judgeTarget', () => {
  test('an exact target of a higher-is-better indicator is met when reached', () => {
    expect(judgeTarget(figure('target', growth(6)), figure('result', growth(6.1)), 'higher')).toBe('met');
    expect(judgeTarget(figure('target', growth(6)), figure('result', growth(5.9)), 'higher')).toBe('missed');
  });

  test('左右 tolerates half a point on a rate: 6% about is met by 5.5%, missed by 5.2%', () => {
    const target = figure('target', growth(6, { qualifier: 'about' }));
    expect(judgeTarget(target, figure('result', growth(5.5)), 'higher')).toBe('met');
    expect(judgeTarget(target, figure('result', growth(5.2)), 'higher')).toBe('missed');
  });

  test('about an amount has no agreed width: no verdict', () => {
    const target = figure('target', { level: { value: 1e10, unit: 'yuan', qualifier: 'about' } });
    expect(judgeTarget(target, figure('result', { level: { value: 9.9e9, unit: 'yuan' } }), 'higher')).toBeUndefined();
  });

  test('以上 compares ≥, 以内 compares ≤ whatever the direction', () => {
    expect(judgeTarget(figure('target', growth(10, { qualifier: 'or-more' })), figure('result', growth(10)), 'higher')).toBe('met');
    expect(judgeTarget(figure('target', growth(10, { qualifier: 'or-more' })), figure('result', growth(9.8)), 'higher')).toBe('missed');
    const rate = (value: number, qualifier?: 'at-most') => ({ level: { value, unit: 'percent', ...(qualifier ? { qualifier } : {}) } });
    const ceiling = figure('target', rate(5.5, 'at-most'), 'urban-surveyed-unemployment-rate');
    expect(judgeTarget(ceiling, figure('result', rate(5.2), 'urban-surveyed-unemployment-rate'), 'lower')).toBe('met');
    expect(judgeTarget(ceiling, figure('result', rate(5.6), 'urban-surveyed-unemployment-rate'), 'lower')).toBe('missed');
  });

  test('a range is met from its lower end when higher is better, up to its upper end when lower is better', () => {
    const range = figure('target', growth(6, { max: 7 }));
    expect(judgeTarget(range, figure('result', growth(6.4)), 'higher')).toBe('met');
    expect(judgeTarget(range, figure('result', growth(8)), 'higher')).toBe('met');
    expect(judgeTarget(range, figure('result', growth(5.9)), 'higher')).toBe('missed');
    expect(judgeTarget(range, figure('result', growth(7.2)), 'lower')).toBe('missed');
    expect(judgeTarget(range, figure('result', growth(8)), 'neither')).toBe('missed');
    expect(judgeTarget(range, figure('result', growth(6.5)), 'neither')).toBe('met');
  });

  test('better: lower flips an exact target', () => {
    expect(judgeTarget(figure('target', growth(-3)), figure('result', growth(-3.5)), 'lower')).toBe('met');
    expect(judgeTarget(figure('target', growth(-3)), figure('result', growth(-2)), 'lower')).toBe('missed');
  });

  test('no verdict where the comparison is ambiguous', () => {
    // A change against a level.
    expect(judgeTarget(figure('target', growth(6)), figure('result', { level: { value: 1e10, unit: 'yuan' } }), 'higher')).toBeUndefined();
    // Percent against percentage points.
    expect(judgeTarget(figure('target', growth(6)), figure('result', { change: { value: 6, unit: 'points' } }), 'higher')).toBeUndefined();
    // A hedged result.
    expect(judgeTarget(figure('target', growth(6)), figure('result', growth(6, { qualifier: 'nearly' })), 'higher')).toBeUndefined();
    // Two indicators.
    expect(judgeTarget(figure('target', growth(6)), figure('result', growth(7), 'retail-sales'), 'higher')).toBeUndefined();
    // An exact target of an indicator that is neither better higher nor lower.
    expect(judgeTarget(figure('target', growth(3)), figure('result', growth(0.2)), 'neither')).toBeUndefined();
    // Nor "about" one (居民消费价格涨幅 3% 左右, a ceiling as the reports mean it): 0.2% is no missed target.
    expect(judgeTarget(figure('target', growth(3, { qualifier: 'about' })), figure('result', growth(0.2)), 'neither')).toBeUndefined();
  });
});
