/**
 * The translation skeleton of a report: every block id with its Chinese and an
 * empty English, every glossary entry with empty fields. Existing translations
 * are kept; blocks that no longer exist are dropped and listed.
 */
import type { ReportOnDisk } from '../../../src/content/report-files-fs.ts';
import type { TranslationFile } from '../../../src/schemas/translation-file.ts';

export function buildSkeleton(report: ReportOnDisk, language: string): { file: TranslationFile; dropped: string[] } {
  const existing = report.translation?.file;
  const byId = new Map(existing?.blocks.map((block) => [block.id, block]));
  const glossaryByKey = new Map(existing?.glossary.map((entry) => [entry.key, entry]));
  const known = new Set(report.blocks.map((block) => block.id));
  const dropped = (existing?.blocks ?? []).filter((block) => !known.has(block.id)).map((block) => block.id);
  return {
    dropped,
    file: {
      language,
      meta: existing?.meta ?? { title: '', dateline: '', occasion: '', role: '', speaker: '' },
      blocks: report.blocks.map((block) => {
        const translated = byId.get(block.id);
        // Keep the Chinese the translator saw, so a changed original shows as stale.
        return translated ? { ...translated, id: block.id } : { id: block.id, zh: block.markdown, en: '', state: 'initial' as const };
      }),
      revisions: existing?.revisions ?? [],
      glossary: report.glossary.map(
        (entry) => glossaryByKey.get(entry.key) ?? { key: entry.key, zh: entry.term, term: '', definition: '', source: '', ours: false },
      ),
    },
  };
}
