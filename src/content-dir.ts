/**
 * Where the content lives. Tests and benchmarks build fixture collections by
 * setting BAOGAO_CONTENT_DIR; the site itself uses ./content.
 */
import { resolve } from 'node:path';

export const CONTENT_DIR = resolve(process.env['BAOGAO_CONTENT_DIR'] ?? 'content');
