/**
 * Size of the Pagefind index on disk: dist/pagefind/ in total, and per index
 * language (the zh_/en_ files in index/, fragment/ and filter/, plus that
 * language's pagefind.<lang>_*.pf_meta). What is left is Pagefind's runtime
 * (pagefind.js, the WASM, the unused UI bundles), the same for any collection.
 */
import { basename, join } from 'node:path';
import { filesUnder } from './dir-size.ts';

export const INDEX_LANGUAGES = ['zh', 'en'] as const;
export type IndexLanguage = (typeof INDEX_LANGUAGES)[number];

export interface LanguageIndexSize {
  bytes: number;
  files: number;
}

export interface IndexSize {
  totalBytes: number;
  totalFiles: number;
  byLanguage: Record<IndexLanguage, LanguageIndexSize>;
  /** Files belonging to no language: pagefind.js, WASM, UI bundles, pagefind-entry.json. */
  runtimeBytes: number;
}

function languageOf(name: string): IndexLanguage | undefined {
  return INDEX_LANGUAGES.find((language) => name.startsWith(`${language}_`) || name.startsWith(`pagefind.${language}_`));
}

export function measureIndexSize(siteDir: string): IndexSize {
  const files = filesUnder(join(siteDir, 'pagefind'));
  const byLanguage = Object.fromEntries(INDEX_LANGUAGES.map((language) => [language, { bytes: 0, files: 0 }])) as Record<
    IndexLanguage,
    LanguageIndexSize
  >;
  let runtimeBytes = 0;
  for (const file of files) {
    const language = languageOf(basename(file.path));
    if (language) {
      byLanguage[language].bytes += file.bytes;
      byLanguage[language].files += 1;
    } else runtimeBytes += file.bytes;
  }
  return { totalBytes: files.reduce((sum, file) => sum + file.bytes, 0), totalFiles: files.length, byLanguage, runtimeBytes };
}
