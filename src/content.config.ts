import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { join } from 'node:path';
import { CONTENT_DIR, PAGES_DIR } from './content-dir.ts';
import { reportLoader } from './content/report-loader.ts';
import { pageSchema } from './schemas/page.ts';
import { regionSchema } from './schemas/region.ts';
import { reportSchema } from './schemas/report.ts';

/** Places that issue reports (content/regions.json, maintained by ingest and editors). */
const regions = defineCollection({ loader: file(join(CONTENT_DIR, 'regions.json')), schema: regionSchema });

/** Reports with their aligned blocks, translations and glossary (content/reports/<region>/<year>/). */
const reports = defineCollection({ loader: reportLoader({ contentDir: CONTENT_DIR }), schema: reportSchema });

/**
 * The site's prose pages, one MDX file per language: content/pages/<zh-CN|en>/about.mdx. The id keeps the
 * language folder as written (`zh-CN/about`), so a page finds its entry from `Astro.locals.lang`.
 */
const pages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: PAGES_DIR, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: pageSchema,
});

export const collections = { regions, reports, pages };
