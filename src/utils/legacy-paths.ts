/**
 * Static redirect pages from content/anchors.json (through the `redirects`
 * collection): declared page redirects, and every page of a renamed region
 * under its old slug (legacy-redirects.ts).
 */
import { getEntry } from 'astro:content';
import { DECLARED_REDIRECTS } from '../schemas/anchor-registry.ts';
import { legacyRedirects, type LegacyRedirect } from './legacy-redirects.ts';
import { getReports } from './report-pages.ts';

/** Every redirect page of the site. */
export async function getLegacyRedirects(): Promise<LegacyRedirect[]> {
  const declared = await getEntry('redirects', DECLARED_REDIRECTS);
  return legacyRedirects(await getReports(), declared?.data ?? {});
}
