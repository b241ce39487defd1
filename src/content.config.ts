import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_DIR, PAGES_DIR } from './content-dir.ts';
import { redirectsLoader } from './content/redirects-loader.ts';
import { indicatorsLoader } from './content/indicators-loader.ts';
import { regionsLoader } from './content/regions-loader.ts';
import { reportLoader } from './content/report-loader.ts';
import { declaredRedirectsSchema } from './schemas/anchor-registry.ts';
import { indicatorSchema } from './schemas/indicators.ts';
import { pageSchema } from './schemas/page.ts';
import { regionSchema } from './schemas/region.ts';
import { reportSchema } from './schemas/report.ts';

/** Places that issue reports (content/regions.json, maintained by ingest and editors). */
const regions = defineCollection({ loader: regionsLoader({ contentDir: CONTENT_DIR }), schema: regionSchema });

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

/** The standard indicators the reports' figures are keyed by (content/indicators.json, kept by hand). */
const indicators = defineCollection({ loader: indicatorsLoader({ contentDir: CONTENT_DIR }), schema: indicatorSchema });

/** Redirect pages declared in content/anchors.json: old page paths and renamed regions. */
const redirects = defineCollection({ loader: redirectsLoader({ contentDir: CONTENT_DIR }), schema: declaredRedirectsSchema });

export const collections = { regions, reports, indicators, redirects, pages };
