import { defineCollection } from 'astro:content';
import { CONTENT_DIR } from './content-dir.ts';
import { redirectsLoader } from './content/redirects-loader.ts';
import { regionsLoader } from './content/regions-loader.ts';
import { reportLoader } from './content/report-loader.ts';
import { declaredRedirectsSchema } from './schemas/anchor-registry.ts';
import { regionSchema } from './schemas/region.ts';
import { reportSchema } from './schemas/report.ts';

/** Places that issue reports (content/regions.json, maintained by ingest and editors). */
const regions = defineCollection({ loader: regionsLoader({ contentDir: CONTENT_DIR }), schema: regionSchema });

/** Reports with their aligned blocks, translations and glossary (content/reports/<region>/<year>/). */
const reports = defineCollection({ loader: reportLoader({ contentDir: CONTENT_DIR }), schema: reportSchema });

/** Redirect pages declared in content/anchors.json: old page paths and renamed regions. */
const redirects = defineCollection({ loader: redirectsLoader({ contentDir: CONTENT_DIR }), schema: declaredRedirectsSchema });

export const collections = { regions, reports, redirects };
