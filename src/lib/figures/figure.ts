/**
 * What the figure check reads from either side of a translation: a value, its
 * kind and its hedge, with the text it came from.
 */

export type FigureKind = 'number' | 'percent' | 'ordinal';

/** How a figure is hedged: 余/more than, 近/nearly, 以上/or more, 左右/about. */
export type Qualifier = 'more-than' | 'nearly' | 'or-more' | 'about';

export interface Figure {
  /** The value with multipliers applied: 1.15 万 → 11500; a percent stays 2.1, not 0.021. */
  value: number;
  kind: FigureKind;
  qualifier?: Qualifier | undefined;
  /** The text the figure was read from, for messages (e.g. "4.3 万余件", "more than 43,000"). */
  raw: string;
}
