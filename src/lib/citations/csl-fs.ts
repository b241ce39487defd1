/**
 * Reads the pinned CSL styles and locales in ./csl/ (unmodified copies from the
 * citation-style-language repositories; see csl/README.md for commits and licence).
 *
 * Config/build time only: this uses node:fs and runs in Node while Astro builds the
 * site or while tests run. Never import it (or format.ts, which calls it) from client
 * scripts; the cite box receives the finished strings.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The CSL style file behind each of our CSL-based formats. */
export const CSL_STYLE_FILES = {
  gbt7714: 'china-national-standard-gb-t-7714-2015-numeric.csl',
  apa: 'apa.csl',
  chicago: 'chicago-notes-bibliography.csl',
  mla: 'modern-language-association.csl',
} as const;

export type CslStyleId = keyof typeof CSL_STYLE_FILES;

/** The CSL locale file for each citeproc language we format in. */
export const CSL_LOCALE_FILES = {
  'zh-CN': 'locales-zh-CN.xml',
  'en-US': 'locales-en-US.xml',
} as const;

export type CslLocaleId = keyof typeof CSL_LOCALE_FILES;

/**
 * The csl/ directory. Beside this module when it runs from source (tests, scripts);
 * when Astro bundles the module into a build chunk, import.meta.url points into the
 * build output, so fall back to the source path relative to the project root (the
 * working directory of `astro build`, as for content/ in src/content-dir.ts).
 */
export function cslDir(): string {
  const candidates = [fileURLToPath(new URL('./csl/', import.meta.url)), resolve('src/lib/citations/csl')];
  const found = candidates.find((dir) => existsSync(join(dir, CSL_STYLE_FILES.apa)));
  if (found === undefined) throw new Error(`CSL styles not found; looked in ${candidates.join(' and ')}`);
  return found;
}

export function readCslStyle(style: CslStyleId, dir: string = cslDir()): string {
  return readFileSync(join(dir, CSL_STYLE_FILES[style]), 'utf8');
}

export function readCslLocale(locale: CslLocaleId, dir: string = cslDir()): string {
  return readFileSync(join(dir, CSL_LOCALE_FILES[locale]), 'utf8');
}
