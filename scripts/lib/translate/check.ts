/**
 * Checks one translation against its Chinese original: ids (unknown, translated
 * twice), stale translations, figures (every Chinese figure correctly converted)
 * and the term base. Each problem names the file, the line and the id. A
 * partial draft from the translation memory is checked on its drafted
 * sentences, with a warning for each block that still has gaps.
 */
import { compareFigures } from '../../../src/lib/figures.ts';
import type { ReportOnDisk } from '../../../src/content/report-files-fs.ts';
import { checkTermBase } from '../../../src/lib/termbase.ts';
import { checkTranslationIds, lineOfKey } from '../../../src/lib/translation-ids.ts';
import type { TermBaseEntry } from '../../../src/schemas/termbase.ts';
import { draftedPart, gapsOf } from './memory/gaps.ts';

export interface CheckProblem {
  severity: 'error' | 'warning';
  text: string;
}

export function checkTranslation(report: ReportOnDisk, termBase: readonly TermBaseEntry[]): CheckProblem[] {
  const translation = report.translation;
  if (!translation) return [];
  const { raw, file } = translation;
  const path = report.translationPath;
  const at = (id: string, field: 'id' | 'key' = 'id') => `${path}:${lineOfKey(raw, field, id)}`;
  const problems: CheckProblem[] = checkTranslationIds(
    raw,
    file,
    new Set(report.blocks.map((block) => block.id)),
    new Set(report.glossary.map((entry) => entry.key)),
  ).map((problem) => ({ severity: 'error', text: `${path}:${problem.line}: error: ${problem.message}` }));

  const current = new Map(report.blocks.map((block) => [block.id, block.markdown]));
  for (const block of file.blocks) {
    const chinese = current.get(block.id);
    if (chinese === undefined || !block.en) continue;
    if (chinese !== block.zh)
      problems.push({
        severity: 'warning',
        text: `${at(block.id)}: warning: ${block.id}: the Chinese changed since it was translated (stale); update "zh" and "en"`,
      });
    const gaps = gapsOf(block.en).length;
    if (gaps > 0)
      problems.push({
        severity: 'warning',
        text: `${at(block.id)}: warning: ${block.id}: the draft leaves ${String(gaps)} sentence(s) in Chinese (⟦not yet translated: …⟧); translate them`,
      });
    // A partial draft is checked on its drafted sentences: the gaps are Chinese, with no English to check.
    const drafted = draftedPart(chinese, block.en);
    for (const mismatch of compareFigures(drafted.zh, drafted.en)) {
      problems.push({ severity: 'error', text: `${at(block.id)}: error: ${block.id}: ${mismatch.problem}` });
    }
  }
  for (const entry of file.glossary) {
    const chinese = report.glossary.find((candidate) => candidate.key === entry.key);
    if (!chinese || !entry.definition) continue;
    for (const mismatch of compareFigures(chinese.definition, entry.definition)) {
      problems.push({ severity: 'error', text: `${at(entry.key, 'key')}: error: glossary ${entry.key}: ${mismatch.problem}` });
    }
  }
  const pairs = file.blocks.map((block) => ({ id: block.id, ...draftedPart(current.get(block.id) ?? block.zh, block.en) }));
  for (const problem of checkTermBase(termBase, pairs))
    problems.push({ severity: 'error', text: `${at(problem.id)}: error: ${problem.message}` });
  return problems;
}
