import { z } from 'astro/zod';

/** Slugs that name site sections and so can never be a region. */
export const RESERVED_SLUGS = ['en', 'glossary', 'search', 'about', 'pagefind', '_astro', 'reports', 'og', 'pdf'];

/** A place that issues reports: a district, city, province or the nation. */
export const regionSchema = z.object({
  /** URL slug, e.g. `taiyuan-xiaodian`; never one of RESERVED_SLUGS. */
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .refine((slug) => !RESERVED_SLUGS.includes(slug), { message: 'this slug names a site section' }),
  /** The region's name in Chinese and English, e.g. 小店区 / Xiaodian District. */
  name: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  /** Administrative level. */
  level: z.enum(['national', 'province', 'city', 'district', 'county']),
  /** Slug of the enclosing region; absent for the top level. */
  parent: z.string().optional(),
});

export type Region = z.infer<typeof regionSchema>;
