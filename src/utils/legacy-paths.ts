/**
 * Static redirect pages from content/anchors.json (through the `redirects`
 * collection): declared page redirects, and every page of a renamed region
 * under its old slug.
 */
import { getEntry } from 'astro:content';
import { DECLARED_REDIRECTS, type DeclaredRedirects } from '../schemas/anchor-registry.ts';
import type { Report } from '../schemas/report.ts';
import { getReports } from './report-pages.ts';
import { langPrefix, REPORT_VIEWS, reportUrl, withBase } from './urls.ts';

/** Every redirect page of the site. */
export async function getLegacyRedirects(): Promise<{ from: string; to: string }[]> {
  const declared = await getEntry('redirects', DECLARED_REDIRECTS);
  return legacyRedirects(await getReports(), declared?.data ?? {});
}

export function legacyRedirects(reports: readonly Report[], declared: DeclaredRedirects): { from: string; to: string }[] {
  const redirects = Object.entries(declared.pageRedirects ?? {}).map(([from, to]) => ({ from, to: withBase(to) }));
  for (const [oldSlug, newSlug] of Object.entries(declared.regionRenames ?? {})) {
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
