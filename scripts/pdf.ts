/**
 * npm run pdf [-- --dir dist] [--base /sub/path/] [--reuse]: (re)make the PDF editions of an
 * already built site, without rebuilding it, and fill their sizes into its pages.
 * Every edition is printed afresh and stored in the build's PDF cache
 * (src/integrations/shared/render-cache-fs.ts); --reuse copies the editions whose
 * inputs are unchanged from that cache instead, as the build does.
 * The editions are described from content/ (BAOGAO_CONTENT_DIR), as the build
 * describes them; the base is the one the pages were built for (--base is for
 * a site whose home page does not say). Prints one line per PDF (file, size, time).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR } from '../src/content-dir.ts';
import { SIZE_ATTRIBUTE } from '../src/integrations/pdf/editions.ts';
import { generatePdfEditions } from '../src/integrations/pdf/generate-editions.ts';
import { pdfLine, summaryLine } from '../src/integrations/pdf/progress.ts';
import { describeSiteEditions } from '../src/integrations/pdf/site-editions.ts';
import { missingPages, readBuiltBase } from '../src/integrations/shared/built-site-fs.ts';
import { openRenderCache, resolveCacheDir } from '../src/integrations/shared/render-cache-fs.ts';
import { readSiteModel } from '../src/integrations/shared/site-model-fs.ts';

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { dir: { type: 'string', default: 'dist' }, base: { type: 'string' }, reuse: { type: 'boolean', default: false } },
  });
  const dir = resolve(values.dir);
  if (!existsSync(dir)) {
    console.error(`${dir} does not exist: run "npm run build" first.`);
    return 1;
  }
  const builtBase = readBuiltBase(dir);
  const base = values.base ?? builtBase;
  if (base === undefined) {
    console.error(`${dir}: no home page declares the base it was built for (is it a built Baogao site?); pass --base`);
    return 1;
  }
  if (builtBase !== undefined && base !== builtBase) {
    console.error(`${dir} was built for the base ${builtBase}, not ${base}: its pages would print without their styles`);
    return 1;
  }
  const editions = describeSiteEditions(readSiteModel(CONTENT_DIR), base);
  if (editions.length === 0) {
    console.error(`${CONTENT_DIR}: no report, so no PDF edition to make`);
    return 1;
  }
  const missing = missingPages(
    dir,
    base,
    editions.map((edition) => edition.page),
  );
  if (missing.length > 0) {
    console.error(
      `${dir} has no page ${missing.join(', ')}: was it built from ${CONTENT_DIR}, for the base ${base}? Rebuild, or set BAOGAO_CONTENT_DIR.`,
    );
    return 1;
  }
  console.log(`making the PDF editions of ${dir} (base ${base})`);
  const cache = openRenderCache({ dir: resolveCacheDir(process.env), kind: 'pdf', ext: 'pdf', site: dir });
  const result = await generatePdfEditions({
    dir,
    base,
    editions,
    cache,
    force: !values.reuse,
    onPdf: (pdf) => console.log(`  ${pdfLine(pdf, dir)}`),
  });
  console.log(summaryLine(result));
  if (result.filledPages === 0)
    console.warn(
      `note: no page has a PDF size placeholder (${SIZE_ATTRIBUTE}); was the site built with BAOGAO_PDF=0? Rebuild to link the PDFs.`,
    );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
