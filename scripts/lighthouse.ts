/**
 * npm run lighthouse [-- --dir <built site>] [--runs N] [--page <slug> …]
 * [--form-factor mobile|desktop]: Lighthouse on the home page, the report in
 * Chinese, in English and side by side, and the search page with a query, each
 * as a phone and as a desktop, with Debian's Chromium. Prints every category's
 * score and the audits that keep a category below 100; saves each run's JSON
 * and HTML report and a summary.json in bench-results/lighthouse/.
 *
 * --runs N audits each page N times (the target is 100 in 3 runs of 3) and
 * prints every run and the median; --page (home, report-zh, report-en,
 * report-parallel, search; repeatable) and --form-factor audit only those.
 *
 * Without --dir it first builds the real site (with PDFs, as deployed) into
 * tmp/bench-*, removed afterwards. `npm run bench -- --lighthouse` runs the same.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FORM_FACTORS, runLighthouse } from './lib/bench/lighthouse-run.ts';
import { progressLog } from './lib/bench/log.ts';
import { formatLighthouse } from './lib/bench/print-lighthouse.ts';
import { LIGHTHOUSE_DIR } from './lib/bench/results.ts';
import { LIGHTHOUSE_PAGES } from './lib/bench/site-pages.ts';
import { createWorkDir, type WorkDir } from './lib/bench/work-dir.ts';
import { buildSite } from './lib/build-site.ts';
import { startStaticServer } from '../src/integrations/shared/static-server.ts';

const { values: options } = parseArgs({
  options: {
    dir: { type: 'string' },
    runs: { type: 'string', default: '1' },
    page: { type: 'string', multiple: true },
    'form-factor': { type: 'string', multiple: true },
  },
});
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, not "${options.runs}"`);
const slugs = LIGHTHOUSE_PAGES.map((page) => page.slug);
for (const slug of options.page ?? [])
  if (!slugs.includes(slug as never)) throw new Error(`--page ${slug}: no such page (the pages are ${slugs.join(', ')})`);
const pages = options.page ? LIGHTHOUSE_PAGES.filter((page) => options.page?.includes(page.slug)) : LIGHTHOUSE_PAGES;
for (const formFactor of options['form-factor'] ?? [])
  if (!FORM_FACTORS.includes(formFactor as never))
    throw new Error(`--form-factor ${formFactor}: not a form factor (${FORM_FACTORS.join(' or ')})`);
const formFactors = FORM_FACTORS.filter((formFactor) => options['form-factor']?.includes(formFactor) ?? true);
const log = progressLog();
let work: WorkDir | undefined;

try {
  let siteDir: string;
  if (options.dir) {
    siteDir = resolve(options.dir);
    if (!existsSync(siteDir)) throw new Error(`${siteDir} does not exist: build the site first, or leave out --dir`);
  } else {
    work = createWorkDir();
    siteDir = work.path('site');
    log(`building the real site into ${siteDir}`);
    buildSite({ outDir: siteDir });
  }
  const server = await startStaticServer(siteDir);
  try {
    const figures = await runLighthouse(server.url, LIGHTHOUSE_DIR, log, { runs, pages, formFactors });
    writeFileSync(join(LIGHTHOUSE_DIR, 'summary.json'), `${JSON.stringify(figures, null, 2)}\n`);
    console.log(formatLighthouse(figures, LIGHTHOUSE_DIR));
  } finally {
    await server.close();
  }
} finally {
  work?.remove();
}
