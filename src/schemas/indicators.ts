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
  /** Other English names readers and the press search for (GDP, fixed-asset investment), for search only; absent means none. */
  enAlso: z.array(z.string().min(1)).optional(),
  /** Unit its level is normalised to; a change (增长 2.1%) is always in percent or points. */
  unit: figureUnitSchema,
  /** Which way is good: higher (income), lower (energy use per unit of GDP, PM2.5) or neither (prices). */
  better: z.enum(['higher', 'lower', 'neither']),
  /**
   * For a name that covers several indicators (城乡居民人均可支配收入, 第一、二、三产业增加值):
   * their keys, in the order reports give their figures after 分别 (分别增长 4.7% 和 8.1%:
   * urban, then rural). A figure stated without 分别 stays with this indicator. Default: none.
   */
  respectively: z.array(z.string().min(1)).optional(),
});

/** The whole of indicators.json: keys and names unique, every key named in `respectively` listed. */
export const indicatorsFileSchema = z.array(indicatorSchema).superRefine((indicators, context) => {
  const keys = new Set<string>();
  const names = new Map<string, string>();
  for (const [index, indicator] of indicators.entries()) {
    if (keys.has(indicator.key)) context.addIssue({ code: 'custom', path: [index, 'key'], message: `"${indicator.key}" is listed twice` });
    keys.add(indicator.key);
    for (const [n, name] of indicator.names.entries()) {
      const owner = names.get(name);
      if (owner !== undefined)
        context.addIssue({
          code: 'custom',
          path: [index, 'names', n],
          message: `"${name}" already names "${owner}"; a name must say one indicator`,
        });
      names.set(name, indicator.key);
    }
  }
  for (const [index, indicator] of indicators.entries()) {
    for (const [n, key] of (indicator.respectively ?? []).entries()) {
      if (!keys.has(key))
        context.addIssue({ code: 'custom', path: [index, 'respectively', n], message: `no indicator "${key}" in this file` });
    }
  }
});

export type Indicator = z.output<typeof indicatorSchema>;
export type FigureUnit = z.output<typeof figureUnitSchema>;
