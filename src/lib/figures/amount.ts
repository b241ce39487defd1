/**
 * Value parsing shared by both languages: an Arabic number as written (20,388,
 * 1580.62), with its multiplier, percent sign and ordinal mark, becomes an
 * `Amount`, and amounts become `Figure`s.
 */
import type { Figure, FigureKind, Qualifier } from './figure.ts';

/** An Arabic number: 20,388 or 20388, with optional decimals. */
export const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?`;

/** One number as written, before it becomes a figure. */
export interface Amount {
  start: number;
  end: number;
  /** The number without thousands separators ("1580.62"), kept as text so scaling stays exact. */
  digits: string;
  /** Power of ten of the multiplier: 万 → 4, 亿 → 8, million → 6. */
  power: number;
  percent: boolean;
  ordinal: boolean;
  /** 余/多 written inside the amount (6000 余万). */
  more: boolean;
}

/** `Number('1580.62e8')` is exact where `1580.62 * 1e8` is not. */
export function amountValue(amount: Amount): number {
  return Number(`${amount.digits}e${amount.power}`);
}

/** Units that may be glued to a number without turning it into an identifier (10.8km). */
const GLUED_UNITS = new Set(['km', 'm', 'cm', 'mm', 'kg', 't', 'kW', 'kWh', 'MW', 'GW', 'kV', 'ha', 'mu']);

/**
 * Digits glued to Latin letters name things rather than count them: 5G, O3,
 * PM10, G20, COVID-19. Currency codes (RMB1.2) and glued units (10.8km) still count.
 */
export function isIdentifier(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  if (/[A-Za-z]$/.test(before) && !/(?:RMB|CNY|USD)$/.test(before)) return true;
  if (/\b[A-Za-z]*[A-Z][A-Za-z]*-$/.test(before)) return true;
  const glued = /^[A-Za-z]+/.exec(text.slice(end))?.[0];
  return glued !== undefined && !GLUED_UNITS.has(glued);
}

/** The figures of a group (one number, or both ends of a range). */
export function groupFigures(group: Amount[], qualifier: Qualifier | undefined, ordinal: boolean, raw: string): Figure[] {
  return group.map((amount) => {
    const kind: FigureKind = amount.percent ? 'percent' : ordinal || amount.ordinal ? 'ordinal' : 'number';
    const figure: Figure = { value: amountValue(amount), kind, raw };
    if (qualifier) figure.qualifier = qualifier;
    return figure;
  });
}
