/**
 * Static paths for report pages: every published report × every view, and
 * every paragraph's share and cite pages, each in both UI languages
 * (src/utils/lang-paths.ts). Fixture reports (test-only collections) are built
 * only when the collection is one.
 */
import { getCollection } from 'astro:content';
import { compareReports } from '../lib/report-order.ts';
import type { Report } from '../schemas/report.ts';
import { inEveryLang } from './lang-paths.ts';
import { REPORT_VIEWS, type ReportView } from './urls.ts';

export async function getReports(): Promise<Report[]> {
  const entries = await getCollection('reports');
  return entries.map((entry) => entry.data).sort(compareReports);
}

export async function reportViewPaths() {
  const reports = await getReports();
  return inEveryLang(
    reports.flatMap((report) =>
      REPORT_VIEWS.map((view) => ({
        params: { region: report.region, year: String(report.year), view: view === 'read' ? undefined : view },
        props: { report, view },
      })),
    ),
  );
}

export interface ReportPageProps {
  report: Report;
  view: ReportView;
}

/** Static paths for the report cite pages: every report, in both UI languages. */
export async function reportPaths() {
  const reports = await getReports();
  return inEveryLang(reports.map((report) => ({ params: { region: report.region, year: String(report.year) }, props: { report } })));
}

/** Static paths for per-paragraph pages (share and cite pages): every paragraph of every report. */
export async function paragraphPaths() {
  const reports = await getReports();
  return inEveryLang(
    reports.flatMap((report) =>
      report.blocks
        .filter((block) => block.kind === 'paragraph')
        .map((block) => ({ params: { region: report.region, year: String(report.year), block: block.id }, props: { report, block } })),
    ),
  );
}

/** Static paths for the changes pages: every report that has English, in both UI languages. */
export async function changesPaths() {
  const reports = await getReports();
  return inEveryLang(
    reports
      .filter((report) => report.languages.includes('en'))
      .map((report) => ({ params: { region: report.region, year: String(report.year) }, props: { report } })),
  );
}
