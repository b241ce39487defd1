/**
 * Where the content lives. Tests and benchmarks build fixture collections by
 * setting BAOGAO_CONTENT_DIR; the site itself uses ./content.
 */
import { resolve } from 'node:path';

export const CONTENT_DIR = resolve(process.env['BAOGAO_CONTENT_DIR'] ?? 'content');

/**
 * The site's own prose pages (about). They belong to the site, not to a report
 * collection, so a fixture collection (BAOGAO_CONTENT_DIR) builds with them too.
 */
export const PAGES_DIR = resolve('content/pages');
