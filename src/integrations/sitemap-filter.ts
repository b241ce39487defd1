/**
 * Which built pages the sitemap lists: the pages people read. Left out are a
 * report's cite page, a paragraph's share and cite pages (not canonical: they point into a report
 * page), 404, and the redirect pages (noindex, RedirectPage.astro), taken from
 * content/anchors.json and the reports by the function that makes those pages
 * (legacyRedirects), so a new rename or redirect is left out without a change here.
 *
 * Config-time (reads content/ through the *-fs readers): @astrojs/sitemap calls
 * its `filter` synchronously, once per page, with the page's full URL.
 */
import { readAnchorRegistry } from '../content/anchors-fs.ts';
import { listReportIds } from '../content/report-files-fs.ts';
import { legacyRedirects } from '../utils/legacy-redirects.ts';

export interface SitemapFilterOptions {
  /** The content collection the site is built from. */
  contentDir: string;
  /** The deployment base (`/`, `/sub/path/`), which the sitemap's URLs carry. */
  base: string;
}

const trimSlashes = (path: string) => path.replace(/^\/+|\/+$/g, '');

/** The site paths of the redirect pages, slashes trimmed (fenhe/2025, en/fenhe/2025/parallel). */
function redirectPaths(contentDir: string): Set<string> {
  const reports = listReportIds(contentDir).map((id) => {
    const [region = '', year = ''] = id.split('/');
    return { region, year: Number(year) };
  });
  return new Set(legacyRedirects(reports, readAnchorRegistry(contentDir)).map(({ from }) => trimSlashes(from)));
}

export function sitemapFilter({ contentDir, base }: SitemapFilterOptions): (page: string) => boolean {
  const basePath = trimSlashes(base);
  // Read when the sitemap is written, not when the config loads (astro check, astro dev).
  let redirects: Set<string> | undefined;
  return (page) => {
    if (/\/(p\d+|cite|cite\/p\d+)\/$/.test(page) || page.endsWith('/404/')) return false;
    const path = trimSlashes(new URL(page).pathname);
    redirects ??= redirectPaths(contentDir);
    return !redirects.has(basePath && path.startsWith(`${basePath}/`) ? path.slice(basePath.length + 1) : path);
  };
}
