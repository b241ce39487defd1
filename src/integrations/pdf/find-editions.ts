/**
 * The PDF editions of a built site, found from the built pages: every report's
 * Chinese page (<dir>/<region>/<year>/index.html) carries the manifest that
 * PdfLinks.astro wrote. The built site is the truth of what is published, and
 * this works the same during `astro build` and on an existing dist/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_ATTRIBUTE, type PdfReportManifest } from './editions.ts';

const MANIFEST_PATTERN = new RegExp(`<script[^>]*\\b${MANIFEST_ATTRIBUTE}\\b[^>]*>(.*?)</script>`, 's');

/** The manifest of one built report page, or undefined when the page has none. */
export function readManifest(html: string, path: string): PdfReportManifest | undefined {
  const json = MANIFEST_PATTERN.exec(html)?.[1];
  if (json === undefined) return undefined;
  try {
    return JSON.parse(json) as PdfReportManifest;
  } catch (error) {
    throw new Error(`${path}: the PDF editions manifest is not valid JSON`, { cause: error });
  }
}

/** Report pages of a built site: <dir>/<region>/<year>/index.html (a year is four digits). */
function reportPages(dir: string): string[] {
  const subdirs = (path: string) =>
    readdirSync(path, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  return subdirs(dir)
    .flatMap((region) =>
      subdirs(join(dir, region))
        .filter((year) => /^\d{4}$/.test(year))
        .map((year) => join(dir, region, year, 'index.html')),
    )
    .filter((page) => existsSync(page))
    .sort();
}

/** Every report of the built site with the editions its page declares. */
export function findReportManifests(dir: string): PdfReportManifest[] {
  return reportPages(dir).flatMap((page) => {
    const manifest = readManifest(readFileSync(page, 'utf8'), page);
    return manifest ? [manifest] : [];
  });
}
