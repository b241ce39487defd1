/**
 * Static redirect pages from content/anchors.json: declared page redirects, and
 * every page of a renamed region under its old slug.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '../content-dir.ts';
import type { AnchorRegistry } from '../lib/anchor-registry.ts';
import type { Report } from '../schemas/report.ts';
import { langPrefix, REPORT_VIEWS, reportUrl, withBase } from './urls.ts';

export function legacyRedirects(reports: readonly Report[]): { from: string; to: string }[] {
  const path = join(CONTENT_DIR, 'anchors.json');
  const registry: AnchorRegistry = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : { reports: {} };
  const redirects = Object.entries(registry.pageRedirects ?? {}).map(([from, to]) => ({ from, to: withBase(to) }));
  for (const [oldSlug, newSlug] of Object.entries(registry.regionRenames ?? {})) {
    for (const report of reports.filter((candidate) => candidate.region === newSlug)) {
      for (const lang of ['zh-CN', 'en'] as const) {
        for (const view of REPORT_VIEWS) {
          const from = `${langPrefix(lang)}/${oldSlug}/${report.year}/${view === 'read' ? '' : `${view}/`}`;
          redirects.push({ from, to: reportUrl(lang, newSlug, report.year, view) });
        }
      }
    }
  }
  return redirects;
}
