/**
 * The identifiers the stored files share: region slugs, report ids, block ids
 * and glossary keys. Each is part of a published URL or anchor, so each has one
 * pattern, checked wherever a file names one.
 */
import { z } from 'astro/zod';
import { BLOCK_ID_PATTERN } from '../lib/block-syntax.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A region's URL slug, e.g. `taiyuan-xiaodian`: lowercase letters and digits joined by single hyphens. */
export const regionSlugSchema = z.string().regex(SLUG, 'must be a lowercase slug such as taiyuan-xiaodian');

/** A report's id, `<region>/<year>`, e.g. `taiyuan-xiaodian/2024`: its folder under content/reports/. */
export const reportIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/\d{4}$/, 'must be <region>/<year>, e.g. taiyuan-xiaodian/2024');

/** A block's permanent id in zh.mdx: `p<n>` for a paragraph, `s<n>` for a heading. */
export const blockIdSchema = z.string().regex(BLOCK_ID_PATTERN, 'must be a block id such as p12 or s3');

/** A glossary term's stable key, the toneless pinyin of the term (`hui-shang-bao`); its anchor is `g-<key>`. */
export const glossaryKeySchema = z.string().regex(SLUG, 'must be a lowercase key such as hui-shang-bao');

/** The anchor of a glossary entry in a report page and in the anchor registry: `g-<key>`. */
export function glossaryEntryAnchor(key: string): string {
  return `g-${key}`;
}
