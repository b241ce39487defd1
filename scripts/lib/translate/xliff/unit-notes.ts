/**
 * The notes a translator sees with a unit in their CAT tool: the report's
 * glossary entry for every term the block marks (glossary.json `uses`), with
 * the English already agreed for it, the term base renderings its Chinese calls
 * for (content/termbase.json, the rule of src/lib/termbase.ts, which import
 * enforces), where a memory draft came from, and whether the English is stale.
 * Plain text; the export writes them as <note>s, and import ignores them except
 * a translator's note that marks a change as a correction (see import-xliff.ts).
 */
import type { ReportOnDisk } from '../../../../src/content/report-files-fs.ts';
import { termsIn } from '../../../../src/lib/termbase.ts';
import type { TermBaseEntry } from '../../../../src/schemas/termbase.ts';
import type { TranslatedBlock } from '../../../../src/schemas/translation-file.ts';

export function blockNotes(
  report: ReportOnDisk,
  termBase: readonly TermBaseEntry[],
  id: string,
  chinese: string,
  translated?: TranslatedBlock,
): string[] {
  const english = new Map(report.translation?.file.glossary.map((entry) => [entry.key, entry]));
  const glossary = report.glossary
    .filter((entry) => entry.uses.some((use) => use.block === id))
    .map((entry) => {
      const agreed = english.get(entry.key);
      const rendering = agreed?.term ? ` — English: ${agreed.term}${agreed.definition ? `: ${agreed.definition}` : ''}` : '';
      return `glossary [${String(entry.n)}] ${entry.term}: ${entry.definition}${rendering}`;
    });
  const terms = termsIn(termBase, chinese).map(
    ({ entry, form }) => `term base: ${form} → ${(entry.match ?? [entry.en]).join(' | ')} (${entry.strength}; ${entry.source})`,
  );
  const memory = translated?.memory
    ? [`translation memory draft: ${String(translated.memory.match)}% ← ${translated.memory.sources.join(', ')}`]
    : [];
  const stale =
    translated && translated.en !== '' && translated.zh !== chinese
      ? ['stale: the Chinese changed since this English was written; check the target against the source']
      : [];
  return [...glossary, ...terms, ...memory, ...stale];
}
