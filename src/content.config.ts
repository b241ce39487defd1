import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { join } from 'node:path';
import { CONTENT_DIR } from './content-dir.ts';
import { reportLoader } from './content/report-loader.ts';
import { regionSchema } from './schemas/region.ts';
import { reportSchema } from './schemas/report.ts';

/** Places that issue reports (content/regions.json, maintained by ingest and editors). */
const regions = defineCollection({ loader: file(join(CONTENT_DIR, 'regions.json')), schema: regionSchema });

/** Reports with their aligned blocks, translations and glossary (content/reports/<region>/<year>/). */
const reports = defineCollection({ loader: reportLoader({ contentDir: CONTENT_DIR }), schema: reportSchema });

export const collections = { regions, reports };
