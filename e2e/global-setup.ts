/**
 * Builds the real site once for all browser tests, serves it on a free port and
 * hands the URL to the test files (inject('siteUrl')).
 */
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../scripts/lib/build-site.ts';
import { startStaticServer } from '../scripts/lib/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const outDir = resolve('dist-e2e/site');
  buildSite({ outDir });
  const site = await startStaticServer(outDir);
  project.provide('siteUrl', site.url);
  return async () => {
    await site.close();
  };
}
