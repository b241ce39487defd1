import { z } from 'astro/zod';

/** The front matter of a prose page of the site (content/pages/<lang>/<page>.mdx, e.g. the about page). */
export const pageSchema = z.object({
  /** The page's title; the <title> adds the site name. */
  title: z.string().min(1),
  /** The search-engine description; none by default. */
  description: z.string().optional(),
  /** True when the page has math, so it loads KaTeX's stylesheet; default false. */
  math: z.boolean().default(false),
});
