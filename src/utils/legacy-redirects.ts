/**
 * The redirect pages content/anchors.json declares: its page redirects, and every
 * page of a renamed region under its old slug. Pure, so that the pages that are
 * redirects (legacy-paths.ts, from the collections) and the sitemap that leaves
 * them out (src/integrations/sitemap-filter.ts, at config time) derive one list.
 */
import type { DeclaredRedirects } from '../schemas/anchor-registry.ts';
import type { Report } from '../schemas/report.ts';
import { langPrefix, REPORT_VIEWS, reportUrl, withBase } from './urls.ts';

export interface LegacyRedirect {
  /** The old site path, without the deployment base: /fenhe/2025/. */
  from: string;
  /** Where it leads, with the deployment base. */
  to: string;
}

/** Every redirect page of the site, for the published reports (only their region and year matter). */
export function legacyRedirects(reports: readonly Pick<Report, 'region' | 'year'>[], declared: DeclaredRedirects): LegacyRedirect[] {
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
