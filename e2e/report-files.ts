/**
 * A report's own files (report.json, zh.mdx, glossary.json, en.json), read
 * through the site's readers (src/content/report-files-fs.ts), in the content folder a built site was made from, so a test can derive what a page
 * must show instead of hard-coding it.
 */
import { join } from 'node:path';
import { inject } from 'vitest';
import { readReport } from '../src/content/report-files-fs.ts';
import type { StoredBlock } from '../src/lib/block-syntax.ts';
import { markdownToPlainText } from '../src/markdown/plain-text.ts';
import type { GlossaryFile } from '../src/schemas/glossary-file.ts';
import type { ReportFile } from '../src/schemas/report-file.ts';
import type { TranslationFile } from '../src/schemas/translation-file.ts';
import type { Site } from './test-utils.ts';

export interface ReportFiles {
  meta: ReportFile;
  blocks: StoredBlock[];
  glossary: GlossaryFile;
  translation: TranslationFile | undefined;
}

/** The content folder of a built site: content/ for the real site, the ingested fixture collection otherwise. */
export function contentDir(site: Site = 'fixtures'): string {
  return site === 'real' ? join(import.meta.dirname, '../content') : inject('fixturesContent');
}

/** The report's files, read and checked by the site's own reader (the one its loader uses). */
export function reportFiles(reportId: string, site: Site = 'fixtures'): ReportFiles {
  const { report, blocks, glossary, translation } = readReport(contentDir(site), reportId);
  return { meta: report, blocks, glossary, translation: translation?.file };
}

/** A block's text as a reader sees it (markup and glossary markers removed). */
export const plainText = (markdown: string) => markdownToPlainText(markdown);

/** A block's text as its page's DOM holds it: a glossary marker is its number, after the term. */
export const pageText = (markdown: string) => markdownToPlainText(markdown.replace(/<sup>\[(\d+)\]<\/sup>/g, '$1'));
