/**
 * content/regions.json: the places that issue reports, shared by all their
 * reports. Ingest adds a place it has not seen (names derived from the
 * dateline); an editor corrects the English names, and ingest never overwrites
 * them. The regions collection and ingest use this one `Region` type.
 *
 *     [ { "id": "taiyuan", "name": { "zh": "太原市", "en": "Taiyuan City" }, "level": "city" },
 *       { "id": "taiyuan-xiaodian", "name": { "zh": "小店区", "en": "Xiaodian District" },
 *         "level": "district", "parent": "taiyuan" } ]
 *
 * A slug must also not be one of the site's own first path segments
 * (search, glossary, en …); that list comes from src/pages, see
 * src/content/reserved-slugs-fs.ts.
 */
import { z } from 'astro/zod';
import { regionSlugSchema } from './ids.ts';

/** Administrative level of a region, from the suffix of its Chinese name (省, 市, 区, 县 …). */
export const regionLevelSchema = z.enum(['national', 'province', 'city', 'district', 'county']);

/** A place that issues reports: a district, county, city, province or the nation. */
export const regionSchema = z.strictObject({
  /** URL slug, e.g. `taiyuan-xiaodian`: the first path segment of every page of its reports. */
  id: regionSlugSchema,
  /** The region's name without its parent's. */
  name: z.strictObject({
    /** Chinese name as the dateline prints it, e.g. 小店区. */
    zh: z.string().min(1),
    /** English name, e.g. Xiaodian District; ingest derives it from pinyin, an editor may correct it. */
    en: z.string().min(1),
  }),
  /** Administrative level. */
  level: regionLevelSchema,
  /** Slug of the enclosing region (the city of a district); absent for a top-level region. */
  parent: regionSlugSchema.optional(),
});

/** The whole of regions.json: every region once, and every parent a region of the file too. */
export const regionsFileSchema = z.array(regionSchema).superRefine((regions, context) => {
  const ids = new Set<string>();
  for (const [index, region] of regions.entries()) {
    if (ids.has(region.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `region "${region.id}" is listed twice` });
    ids.add(region.id);
  }
  for (const [index, region] of regions.entries()) {
    if (region.parent !== undefined && !ids.has(region.parent))
      context.addIssue({ code: 'custom', path: [index, 'parent'], message: `parent "${region.parent}" is not a region in this file` });
  }
});

export type Region = z.output<typeof regionSchema>;
export type RegionLevel = z.output<typeof regionLevelSchema>;

/** regions.json checked against the slugs the site itself uses (slug → what uses it): none may be a region. */
export function regionsFileSchemaFor(reserved: ReadonlyMap<string, string>) {
  return regionsFileSchema.superRefine((regions, context) => {
    for (const [index, region] of regions.entries()) {
      const owner = reserved.get(region.id);
      if (owner !== undefined) context.addIssue({ code: 'custom', path: [index, 'id'], message: reservedSlugMessage(region.id, owner) });
    }
  });
}

/** Why a slug cannot name a region. */
export function reservedSlugMessage(slug: string, owner: string): string {
  return `"${slug}" cannot be a region slug: /${slug}/ is already ${owner}; choose another slug`;
}
