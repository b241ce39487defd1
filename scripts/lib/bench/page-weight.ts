/**
 * npm run bench -- --pages: what the report pages weigh, for one built site or for
 * several side by side (a baseline built from another commit, and this checkout):
 * each report page kind (zh, en, side by side) cold on a desktop and a phone (all
 * bytes, requests, JavaScript before interaction, LCP, CLS: report-pages.ts, medians),
 * and the cost of a paragraph's other language on the one-language pages.
 */
import type { Browser } from 'playwright-core';
import { startStaticServer } from '../../../src/integrations/shared/static-server.ts';
import { measureOtherLanguage, type OtherLanguageFigures } from './other-language.ts';
import { measureReportPage, type ReportPageFigures } from './report-pages.ts';
import { REPORT_PAGES } from './site-pages.ts';

export interface PageWeightFigures {
  /** Which site: "baseline" or "this checkout", or the folder given. */
  label: string;
  dir: string;
  reportPages: ReportPageFigures[];
  otherLanguage: OtherLanguageFigures[];
}

/** Report pages and the other language of the one-language pages, as measured in the full benchmark too. */
export async function measureReportPages(browser: Browser, siteUrl: string, runs: number) {
  const reportPages: ReportPageFigures[] = [];
  for (const device of ['desktop', 'phone'] as const)
    for (const path of REPORT_PAGES) reportPages.push(await measureReportPage(browser, siteUrl, path, device, runs));
  const otherLanguage: OtherLanguageFigures[] = [];
  for (const path of REPORT_PAGES.filter((page) => !page.includes('parallel'))) {
    const figures = await measureOtherLanguage(browser, siteUrl, path);
    if (figures) otherLanguage.push(figures);
  }
  return { reportPages, otherLanguage };
}

export async function measurePageWeight(
  browser: Browser,
  sites: readonly { label: string; dir: string }[],
  runs: number,
  log: (message: string) => void,
): Promise<PageWeightFigures[]> {
  const figures: PageWeightFigures[] = [];
  for (const { label, dir } of sites) {
    log(`report pages of ${label} (${dir}), ${runs} runs each`);
    const server = await startStaticServer(dir);
    try {
      figures.push({ label, dir, ...(await measureReportPages(browser, server.url, runs)) });
    } finally {
      await server.close();
    }
  }
  return figures;
}
