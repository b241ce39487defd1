/**
 * Builds the Pagefind index after the site is built, through Pagefind's Node
 * API (as Starlight does): one record per paragraph, heading and glossary entry,
 * built from the content model in memory (never from page HTML), both languages
 * in one index (src/search/index-text.ts says how). Every response's errors are
 * checked, and the service is closed in `finally`.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { INCLUDE_CHARACTERS } from '../search/index-text.ts';
import { buildSearchRecords } from '../search/search-records.ts';
import type { SiteModel } from './shared/site-model-fs.ts';
import { underBase } from './shared/under-base.ts';

export interface PagefindIndexOptions {
  /** The content model the records are built from. */
  siteModel: () => Promise<SiteModel>;
}

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export function pagefindIndex({ siteModel }: PagefindIndexOptions): AstroIntegration {
  // Record URLs carry the deployment base, as the search page expects.
  let base = '/';
  return {
    name: 'baogao-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { reports, indicators } = await siteModel();
        const records = buildSearchRecords(reports, indicators).map((record) => ({ ...record, url: underBase(base, record.url) }));
        try {
          // "." and "+" keep figures (1580.62, PM2.5) and labels (网格化+全帮办) searchable as written.
          const { index, errors } = await pagefind.createIndex({ includeCharacters: INCLUDE_CHARACTERS });
          check('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index');
          for (const record of records) check(`addCustomRecord ${record.url}`, (await index.addCustomRecord(record)).errors);
          check('writeFiles', (await index.writeFiles({ outputPath: join(fileURLToPath(dir), 'pagefind') })).errors);
          logger.info(`indexed ${records.length} paragraphs, headings, glossary entries and key-figures pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
