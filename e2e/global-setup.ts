/**
 * Builds, once for all browser tests, the only two sites they read:
 *
 * - the real site, from content/, as `npm run build` makes it (PDFs included);
 * - the test-only fixture collection (e2e/fixtures/), deployed the other way the
 *   README describes: under a sub-path (/sub/path/), built without PDFs
 *   (BAOGAO_PDF=0) and then given them by `npm run pdf`. Its anchor registry
 *   declares a renamed region and a redirected anchor.
 *
 * Serves both on free ports and hands their URLs, folders and the fixture
 * content folder to the tests. Every build is counted (BAOGAO_BUILD_LOG): a
 * test run that builds a site more than twice fails at teardown.
 *
 * BAOGAO_E2E_REUSE=1 skips the builds and serves what the last run left in
 * dist-e2e/, for rerunning one test file while writing it (never in CI: a
 * change to src/ or content/ is not seen).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../scripts/lib/build-site.ts';
import { startStaticServer } from '../src/integrations/shared/static-server.ts';
import { buildFixtureCollection } from './fixtures/collection.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    fixturesUrl: string;
    siteDir: string;
    fixturesDir: string;
    /** The fixture collection's content folder (ingested from e2e/fixtures/ into a temporary folder). */
    fixturesContent: string;
    /** What the fixture site's deployment did: whether its build made PDFs, and what `npm run pdf` printed. */
    fixturesPdfRun: { builtPdfs: boolean; output: string };
  }
}

export const FIXTURES_BASE = '/sub/path/';
const MAX_BUILDS = 2;
const FIXTURE_SHARD_REPORTS = 3;
const ROOT = resolve(import.meta.dirname, '..');

export default async function setup(project: TestProject) {
  // BAOGAO_E2E_DIR lets two test runs on one machine build apart.
  const outRoot = resolve(process.env['BAOGAO_E2E_DIR'] ?? 'dist-e2e');
  const siteDir = resolve(outRoot, 'site');
  const fixturesDir = resolve(outRoot, 'fixtures');
  const fixturesContent = resolve(outRoot, 'fixtures-content');
  const pdfRunFile = resolve(outRoot, 'fixtures-pdf-run.json');
  mkdirSync(outRoot, { recursive: true });
  const buildLog = join(outRoot, 'builds.log');
  writeFileSync(buildLog, '');
  // Test files inherit the variable, so a build anywhere in the run is counted.
  process.env['BAOGAO_BUILD_LOG'] = buildLog;

  if (process.env['BAOGAO_E2E_REUSE'] !== '1' || !existsSync(pdfRunFile)) {
    rmSync(pdfRunFile, { force: true });
    buildSite({ outDir: siteDir });
    buildFixtureCollection(fixturesContent);
    // Three reports per search shard: the fixtures' seven reports are searched as a large collection is, in three
    // merged shards (src/search/search-shards.ts); the real site's one report is one index.
    buildSite({
      outDir: fixturesDir,
      contentDir: fixturesContent,
      base: FIXTURES_BASE,
      pdf: false,
      searchShardReports: FIXTURE_SHARD_REPORTS,
    });
    const builtPdfs = existsSync(join(fixturesDir, 'pdf'));
    const pdf = spawnSync(process.execPath, [join(ROOT, 'scripts/pdf.ts'), '--dir', fixturesDir], {
      cwd: ROOT,
      encoding: 'utf8',
      // npm run pdf describes the editions from the content the site was built from.
      env: { ...process.env, BAOGAO_CONTENT_DIR: fixturesContent },
    });
    if (pdf.status !== 0) throw new Error(`npm run pdf failed on the fixture site:\n${pdf.stdout}\n${pdf.stderr}`);
    writeFileSync(pdfRunFile, JSON.stringify({ builtPdfs, output: `${pdf.stdout}${pdf.stderr}` }));
  }

  const site = await startStaticServer(siteDir);
  const fixtures = await startStaticServer(fixturesDir, { base: FIXTURES_BASE });
  project.provide('siteUrl', site.url);
  project.provide('fixturesUrl', fixtures.url);
  project.provide('siteDir', siteDir);
  project.provide('fixturesDir', fixturesDir);
  project.provide('fixturesContent', fixturesContent);
  project.provide('fixturesPdfRun', JSON.parse(readFileSync(pdfRunFile, 'utf8')) as { builtPdfs: boolean; output: string });
  return async () => {
    await site.close();
    await fixtures.close();
    const builds = readFileSync(buildLog, 'utf8').split('\n').filter(Boolean);
    console.log(`e2e: ${builds.length} site builds in this run\n${builds.map((line) => `  ${line}`).join('\n')}`);
    if (builds.length > MAX_BUILDS)
      throw new Error(`the browser tests built a site ${builds.length} times; build once in e2e/global-setup.ts (at most ${MAX_BUILDS})`);
  };
}
