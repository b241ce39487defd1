/**
 * Builds the Pagefind index after the site is built, through Pagefind's Node
 * API (as Starlight does): one record per paragraph from search-records.json,
 * one index per language (zh, en). Every response's errors are checked, and the
 * service is closed in `finally`.
 */
import type { AstroIntegration } from 'astro';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../search/search-records.ts';

const RECORDS_FILE = 'search-records.json';

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'baogao-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const recordsPath = join(outDir, RECORDS_FILE);
        const records = JSON.parse(await readFile(recordsPath, 'utf8')) as SearchRecord[];
        await rm(recordsPath);
        try {
          // "." and "+" keep figures (1580.62, PM2.5) and labels (网格化+全帮办) searchable as written.
          const { index, errors } = await pagefind.createIndex({ includeCharacters: '.+' });
          check('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index');
          for (const record of records) check(`addCustomRecord ${record.url}`, (await index.addCustomRecord(record)).errors);
          check('writeFiles', (await index.writeFiles({ outputPath: join(outDir, 'pagefind') })).errors);
          logger.info(`indexed ${records.length} paragraphs, headings and glossary entries`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
