/**
 * Builds, once for all browser tests: the real site, and the test-only fixture
 * collection deployed under a sub-path (/sub/path/) to prove the site works
 * there. Serves both on free ports and hands the URLs to the tests.
 */
import { resolve } from 'node:path';
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
  }
}

export const FIXTURES_BASE = '/sub/path/';

export default async function setup(project: TestProject) {
  // BAOGAO_E2E_DIR lets two test runs on one machine build apart.
  const outRoot = resolve(process.env['BAOGAO_E2E_DIR'] ?? 'dist-e2e');
  const siteDir = resolve(outRoot, 'site');
  const fixturesDir = resolve(outRoot, 'fixtures');
  buildSite({ outDir: siteDir });
  buildSite({ outDir: fixturesDir, contentDir: buildFixtureCollection(), base: FIXTURES_BASE });
  const site = await startStaticServer(siteDir);
  const fixtures = await startStaticServer(fixturesDir, { base: FIXTURES_BASE });
  project.provide('siteUrl', site.url);
  project.provide('fixturesUrl', fixtures.url);
  project.provide('siteDir', siteDir);
  project.provide('fixturesDir', fixturesDir);
  return async () => {
    await site.close();
    await fixtures.close();
  };
}
