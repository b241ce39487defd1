/**
 * npm run lighthouse [-- --dir <built site>]: Lighthouse on the home page, the
 * report in Chinese, in English and side by side, and the search page with a
 * query, each as a phone and as a desktop, with Debian's Chromium. Prints every
 * category's score and the audits that keep a category below 100; saves each
 * run's JSON and HTML report and a summary.json in bench-results/lighthouse/.
 *
 * Without --dir it first builds the real site (with PDFs, as deployed) into
 * tmp/bench-*, removed afterwards. `npm run bench -- --lighthouse` runs the same.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runLighthouse } from './lib/bench/lighthouse-run.ts';
import { progressLog } from './lib/bench/log.ts';
import { formatLighthouse } from './lib/bench/print-lighthouse.ts';
import { LIGHTHOUSE_DIR } from './lib/bench/results.ts';
import { createWorkDir, type WorkDir } from './lib/bench/work-dir.ts';
import { buildSite } from './lib/build-site.ts';
import { startStaticServer } from '../src/integrations/shared/static-server.ts';

const { values: options } = parseArgs({ options: { dir: { type: 'string' } } });
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
    const figures = await runLighthouse(server.url, LIGHTHOUSE_DIR, log);
    writeFileSync(join(LIGHTHOUSE_DIR, 'summary.json'), `${JSON.stringify(figures, null, 2)}\n`);
    console.log(formatLighthouse(figures, LIGHTHOUSE_DIR));
  } finally {
    await server.close();
  }
} finally {
  work?.remove();
}
