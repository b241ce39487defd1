/**
 * content/indicators.json: the standard indicators of government work reports
 * (地区生产总值, 一般公共预算收入 …), kept by hand like the term base. The figures
 * extractor (`npm run figures -- extract`) recognises an indicator by any of its
 * Chinese names; the key-figures pages show it by `zh` and `en`.
 *
 *     [ { "key": "gdp", "zh": "地区生产总值", "names": ["地区生产总值", "区域地区生产总值", "GDP"],
 *         "en": "gross regional product", "unit": "yuan", "better": "higher" } ]
 */
import { z } from 'astro/zod';

/**
 * The base unit a value is normalised to: 1580.62 亿元 is 158,062,000,000 `yuan`,
 * 36 万亩 is 360,000 `mu`. A change is always in `percent` or `points`.
 */
export const figureUnitSchema = z.enum([
  'yuan',
  'yuan-per-person',
  'percent',
  'person',
  'household',
  'enterprise',
  'project',
  'tonne',
  'kilowatt-hour',
  'tonne-of-coal-equivalent',
  'mu',
  'hectare',
  'square-metre',
  'kilometre',
  'microgram-per-cubic-metre',
  'day',
  'item',
]);

export const indicatorSchema = z.strictObject({
  /** Stable key across reports, regions and years (ascii, hyphens): `gdp`, `fixed-asset-investment`. */
  key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** The name shown in Chinese, e.g. 地区生产总值. */
  zh: z.string().min(1),
  /** Every name reports use for it, longest first wins when names overlap (区域地区生产总值 before 地区生产总值). */
  names: z.array(z.string().min(1)).min(1),
  /** The English name in the register of official statistics (NBS), e.g. gross regional product. */
  en: z.string().min(1),
  /** Unit its level is normalised to; a change (增长 2.1%) is always in percent or points. */
  unit: figureUnitSchema,
  /** Which way is good: higher (income), lower (energy use per unit of GDP, PM2.5) or neither (prices). */
  better: z.enum(['higher', 'lower', 'neither']),
});

/** The whole of indicators.json. */
export const indicatorsFileSchema = z.array(indicatorSchema);

export type Indicator = z.output<typeof indicatorSchema>;
export type FigureUnit = z.output<typeof figureUnitSchema>;
