/**
 * npm run pdf [-- --dir dist] [--base /sub/path/]: (re)make the PDF editions of an
 * already built site, without rebuilding it, and fill their sizes into its pages.
 * Prints one line per PDF (file, size, time). The base defaults to the one the
 * pages were built for (written in each report page's PDF manifest).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SIZE_ATTRIBUTE } from '../src/integrations/pdf/editions.ts';
import { findReportManifests } from '../src/integrations/pdf/find-editions.ts';
import { generatePdfEditions } from '../src/integrations/pdf/generate-editions.ts';
import { pdfLine, summaryLine } from '../src/integrations/pdf/progress.ts';

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { dir: { type: 'string', default: 'dist' }, base: { type: 'string' } } });
  const dir = resolve(values.dir);
  if (!existsSync(dir)) {
    console.error(`${dir} does not exist: run "npm run build" first.`);
    return 1;
  }
  const manifests = findReportManifests(dir);
  if (manifests.length === 0) {
    console.error(`${dir}: no report page declares PDF editions (is it a built Baogao site?)`);
    return 1;
  }
  const bases = [...new Set(manifests.map((manifest) => manifest.base))];
  const base = values.base ?? bases[0] ?? '/';
  if (!values.base && bases.length > 1) {
    console.error(`${dir}: pages were built for different bases (${bases.join(', ')}); pass --base`);
    return 1;
  }
  console.log(`making the PDF editions of ${dir} (base ${base})`);
  const result = await generatePdfEditions({ dir, base, onPdf: (pdf) => console.log(`  ${pdfLine(pdf, dir)}`) });
  console.log(summaryLine(result));
  if (result.patchedPages === 0)
    console.warn(
      `note: no page has a PDF size placeholder (${SIZE_ATTRIBUTE}); was the site built with BAOGAO_PDF=0? Rebuild to link the PDFs.`,
    );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
