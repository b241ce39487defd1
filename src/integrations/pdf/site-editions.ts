/**
 * Every PDF edition of the site, described from the content model by the function
 * the report pages link them with (describeEditions): what the build prints, and
 * what `npm run pdf` prints again for a built site. Handed to the PDF step in
 * memory; nothing is read back from the built pages.
 */
import { underBase } from '../shared/under-base.ts';
import type { SiteModel } from '../shared/site-model-fs.ts';
import { describeEditions, editionPage } from './describe-editions.ts';
import { pdfPath, type PdfEditionManifest } from './editions.ts';

/** The editions of every report, their pages and files under `base` (the site's deployment base). */
export function describeSiteEditions({ reports, regions }: SiteModel, base: string): PdfEditionManifest[] {
  return reports.flatMap((report) =>
    describeEditions({
      report,
      regions,
      pageOf: (edition) => underBase(base, editionPage(report, edition)),
      hrefOf: (id) => underBase(base, pdfPath(id)),
    }),
  );
}
