/**
 * The reports the content loader built in this process, kept for the build steps after the pages (the PDF,
 * preview-image and search steps, through lazySiteModel in src/integrations/shared/site-model-fs.ts), so that
 * a build makes each report's model once rather than twice (the Markdown of every block, about 0.1 s a report).
 *
 * Why a global slot: the loader runs in Astro's content layer and the build steps in its config context, two
 * copies of every module but one process; Symbol.for names the same slot in both. Only a complete load is kept
 * (the loader remembers after every report is built), under the content folder it read.
 */
import { resolve } from 'node:path';
import type { Report } from '../schemas/report.ts';

const SLOT = Symbol.for('baogao.loadedReports');

interface Loaded {
  contentDir: string;
  reports: readonly Report[];
}

type Slot = Record<typeof SLOT, Loaded | undefined>;

export function rememberLoadedReports(contentDir: string, reports: readonly Report[]): void {
  (globalThis as unknown as Slot)[SLOT] = { contentDir: resolve(contentDir), reports };
}

/** The reports the loader last built from this content folder in this process, or undefined. */
export function loadedReports(contentDir: string): readonly Report[] | undefined {
  const loaded = (globalThis as unknown as Slot)[SLOT];
  return loaded?.contentDir === resolve(contentDir) ? loaded.reports : undefined;
}
