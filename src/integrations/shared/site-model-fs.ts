/**
 * Config-time reader (Node APIs; never imported by pages): the content model that
 * the build steps after the pages work from (PDF editions, preview images, search
 * index), built from content/ by the content loader's own functions
 * (readReports, readRegions, buildReport), so those steps describe exactly what the pages
 * show. It is built in memory when a step first asks for it, never under
 * `astro dev` or `astro check`. Pages use `astro:content` instead.
 */
import { buildReport } from '../../content/build-report.ts';
import { checkFigureIndicators } from '../../content/figure-indicators.ts';
import { readIndicators } from '../../content/indicators-fs.ts';
import { loadedReports } from '../../content/loaded-reports.ts';
import { readRegions } from '../../content/regions-fs.ts';
import { readReports } from '../../content/report-files-fs.ts';
import { compareReports } from '../../lib/report-order.ts';
import type { Indicator } from '../../schemas/indicators.ts';
import type { Region } from '../../schemas/region.ts';
import type { Report } from '../../schemas/report.ts';

export interface SiteModel {
  /** Every report's aligned model, in the order the pages list them. The anchor aliases, which only pages use, are left out. */
  reports: Report[];
  /** The regions of content/regions.json. */
  regions: Region[];
  /** The standard indicators of content/indicators.json (names of the key figures, for search). */
  indicators: Indicator[];
}

export function readSiteModel(contentDir: string): SiteModel {
  const reports: Report[] = [];
  const all = readReports(contentDir);
  const indicators = readIndicators(contentDir);
  checkFigureIndicators(all, indicators);
  for (const files of all) reports.push(buildReport(files));
  return { reports: reports.sort(compareReports), regions: readRegions(contentDir), indicators };
}

/**
 * The model, read once, the first time a build step calls for it. In a build, the reports are those the content
 * loader built for the pages (loaded-reports.ts; the loader checked them as readSiteModel would), their anchor
 * aliases left out; otherwise they are read from contentDir.
 */
export function lazySiteModel(contentDir: string): () => Promise<SiteModel> {
  let model: Promise<SiteModel> | undefined;
  // Read in the executor: a broken content file rejects the promise, as it would from an async function.
  return () =>
    (model ??= new Promise((resolve) => {
      const loaded = loadedReports(contentDir);
      if (!loaded) {
        resolve(readSiteModel(contentDir));
        return;
      }
      const reports = loaded.map((report) => ({ ...report, aliases: {} })).sort(compareReports);
      resolve({ reports, regions: readRegions(contentDir), indicators: readIndicators(contentDir) });
    }));
}
