/**
 * content/reports/<region>/<year>/figures.json: every quantitative statement of a
 * report, as data. `npm run figures -- extract <region>/<year>` writes it; an
 * editor reviews it as en.json is reviewed (a figure marked `reviewed` is kept
 * as it is by the next extraction); `npm run figures -- check` fails, naming the
 * paragraph, when a figure no longer appears literally in its paragraph.
 *
 *     { "figures": [ { "block": "p4", "phrase": "地区生产总值完成1580.62亿元，增长2.1%",
 *         "indicator": "gdp", "subject": "地区生产总值", "kind": "result", "year": 2023,
 *         "level": { "value": 158062000000, "unit": "yuan", "text": "1580.62亿元" },
 *         "change": { "value": 2.1, "unit": "percent", "text": "增长2.1%" } } ] }
 *
 * A figure is known by its block and phrase: the pair is unique in the file.
 */
import { z } from 'astro/zod';

/**
 * How a figure is hedged: 余/多/超过 more than, 近 nearly, 以上/不低于 or more,
 * 左右/约 about, 以内/以下/控制在 at most.
 */
export const figureQualifierSchema = z.enum(['more-than', 'nearly', 'or-more', 'about', 'at-most']);

/** A number as stated, normalised; a range (6%—7%, 6.5 至 7 亿元) has `max`. */
const statedNumber = {
  /** The value in base units: 1580.62 亿元 → 158062000000; a percentage stays 2.1. Signed for a change (下降 3% → -3). */
  value: z.number(),
  /** Upper end of a range; absent for a single value. */
  max: z.number().optional(),
  /** The hedge, absent when the figure is exact. */
  qualifier: figureQualifierSchema.optional(),
  /** The words it was read from, a substring of `phrase` (1580.62亿元, 增长2.1%左右). */
  text: z.string().min(1),
};

/** A level: how much (1580.62 亿元, 36 座). */
export const figureLevelSchema = z.strictObject({
  ...statedNumber,
  /** A unit of src/schemas/indicators.ts (yuan, tonne …), or, for what fits none, the measure word as written (座, 家). */
  unit: z.string().min(1),
});

/** A change: 增长 2.1%, 下降 3%, 提高 0.5 个百分点, 持平 (0). */
export const figureChangeSchema = z.strictObject({
  ...statedNumber,
  /** Per cent of the earlier value, or percentage points. */
  unit: z.enum(['percent', 'points']),
});

export const figureSchema = z.strictObject({
  /** Id of the paragraph (or heading) the figure is stated in. */
  block: z.string().min(1),
  /** The exact Chinese phrase, as it appears in the block's reader-visible text. */
  phrase: z.string().min(1),
  /** Key of a standard indicator in content/indicators.json; absent for an "other figure" of its paragraph. */
  indicator: z.string().min(1).optional(),
  /** What is measured, as the report names it (地区生产总值, 发放人才补贴, 新建公厕). */
  subject: z.string().min(1),
  /** What the year achieved (回顾, 完成/实现/达到) or what it promises (预期目标, 力争/确保). */
  kind: z.enum(['result', 'target']),
  /** The year the figure is about: a result in the 2024 report is about 2023, a target about 2024. */
  year: z.number().int(),
  /** How much, when stated. */
  level: figureLevelSchema.optional(),
  /** By how much it changed, when stated. At least one of level and change is present. */
  change: figureChangeSchema.optional(),
  /** True once an editor has checked it: extraction then keeps it exactly as it is. Default false. */
  reviewed: z.boolean().default(false),
  /** An editor's remark, shown nowhere but kept; default ''. */
  note: z.string().default(''),
});

export const figuresFileSchema = z.strictObject({
  /** Every figure, in reading order; each states a level or a change, and no two share block and phrase. */
  figures: z.array(figureSchema).superRefine((figures, context) => {
    const seen = new Set<string>();
    for (const [index, figure] of figures.entries()) {
      if (figure.level === undefined && figure.change === undefined)
        context.addIssue({ code: 'custom', path: [index], message: 'states neither a level nor a change; give at least one' });
      const key = `${figure.block}\u0000${figure.phrase}`;
      if (seen.has(key))
        context.addIssue({
          code: 'custom',
          path: [index, 'phrase'],
          message: `#${figure.block} has this phrase twice; a figure is known by its block and phrase`,
        });
      seen.add(key);
    }
  }),
});

export type Figure = z.output<typeof figureSchema>;
export type FigureLevel = z.output<typeof figureLevelSchema>;
export type FigureChange = z.output<typeof figureChangeSchema>;
export type FigureQualifier = z.output<typeof figureQualifierSchema>;
export type FiguresFile = z.output<typeof figuresFileSchema>;
