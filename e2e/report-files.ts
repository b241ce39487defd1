/**
 * A report's own files (report.json, zh.mdx, glossary.json, en.json) in the
 * content folder a built site was made from, so a test can derive what a page
 * must show instead of hard-coding it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { parseBlocks, type StoredBlock } from '../src/lib/block-syntax.ts';
import { markdownToPlainText } from '../src/lib/plain-text.ts';
import { parseTranslationFile, type TranslationFile } from '../src/lib/translation-file.ts';
import type { Site } from './test-utils.ts';

export interface ReportFiles {
  meta: { region: string; year: number; title: string; dateline: string; place: string; deliveredOn: string };
  blocks: StoredBlock[];
  glossary: { key: string; term: string; definition: string }[];
  translation: TranslationFile | undefined;
}

/** The content folder of a built site: content/ for the real site, the ingested fixture collection otherwise. */
export function contentDir(site: Site = 'fixtures'): string {
  return site === 'real' ? join(import.meta.dirname, '../content') : inject('fixturesContent');
}

export function reportFiles(reportId: string, site: Site = 'fixtures'): ReportFiles {
  const dir = join(contentDir(site), 'reports', reportId);
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const translationPath = join(dir, 'en.json');
  return {
    meta: JSON.parse(read('report.json')) as ReportFiles['meta'],
    blocks: parseBlocks(read('zh.mdx')).blocks,
    glossary: JSON.parse(read('glossary.json')) as ReportFiles['glossary'],
    translation: existsSync(translationPath) ? parseTranslationFile(read('en.json'), translationPath) : undefined,
  };
}

/** A block's text as a reader sees it (markup and glossary markers removed). */
export const plainText = (markdown: string) => markdownToPlainText(markdown, { dropMarkers: true });

/** A block's text as its page's DOM holds it: a glossary marker is its number, after the term. */
export const pageText = (markdown: string) => markdownToPlainText(markdown.replace(/<sup>\[(\d+)\]<\/sup>/g, '$1'));
