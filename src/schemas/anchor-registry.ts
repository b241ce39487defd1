/**
 * content/anchors.json: every anchor ever published, so a link from a news
 * article keeps working for years (`npm run anchors -- record` adds the current
 * ones; the build fails when one disappears without a declared redirect; the
 * rules are in src/lib/anchor-registry.ts). A content folder without the file
 * reads as `{ "reports": {} }`.
 *
 *     { "reports": { "taiyuan-xiaodian/2024": { "anchors": ["p1", …, "g-hui-shang-bao"],
 *                                               "redirects": { "p99": "p12" } } },
 *       "regionRenames": { "xiaodian": "taiyuan-xiaodian" },
 *       "pageRedirects": { "/reports/taiyuan-xiaodian/2024/": "/taiyuan-xiaodian/2024/" } }
 */
import { z } from 'astro/zod';
import { regionSlugSchema, reportIdSchema } from './ids.ts';

const sitePathSchema = z.string().regex(/^\/\S*$/, 'must be a site path starting with /, without the deployment base');

/** What one report has published. */
export const publishedReportSchema = z.strictObject({
  /** Every anchor ever published (block ids, `g-<key>` for notes), in the order first recorded; never shrinks. */
  anchors: z.array(z.string().min(1)),
  /** Published anchor that went away → the present anchor it now lands on; absent when none went away. */
  redirects: z.record(z.string().min(1), z.string().min(1)).optional(),
});

export const anchorRegistrySchema = z.strictObject({
  /** Published reports by id (`taiyuan-xiaodian/2024`), under the region slug they were published with. */
  reports: z.record(reportIdSchema, publishedReportSchema),
  /** Old region slug → current slug: every page of the old slug redirects; absent when no region was renamed. */
  regionRenames: z.record(regionSlugSchema, regionSlugSchema).optional(),
  /** Old site path → current site path (both without the deployment base); absent when none. */
  pageRedirects: z.record(sitePathSchema, sitePathSchema).optional(),
});

/** anchors.json, read or about to be written. */
export type AnchorRegistry = z.output<typeof anchorRegistrySchema>;

/** The part of anchors.json that declares redirect pages, as the `redirects` collection holds it. */
export const declaredRedirectsSchema = anchorRegistrySchema.pick({ regionRenames: true, pageRedirects: true });

export type DeclaredRedirects = z.output<typeof declaredRedirectsSchema>;

/** The id of the `redirects` collection's one entry. */
export const DECLARED_REDIRECTS = 'anchors.json';
