/**
 * The memory step of `npm run translate -- skeleton`: build the memory from
 * every other report in the content folder, draft the new skeleton's empty
 * blocks and say what was drafted and what the checks flag, as lines naming
 * the file and block.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportOnDisk } from '../../../../src/content/report-files-fs.ts';
import { readReports } from '../../../../src/content/report-files-fs.ts';
import { readTermBase } from '../../../../src/content/termbase-fs.ts';
import type { TranslationFile } from '../../../../src/schemas/translation-file.ts';
import { lineOfKey } from '../../../../src/lib/translation-ids.ts';
import { today } from '../revise.ts';
import { buildMemory } from './build-memory.ts';
import { fillFromMemory, formatFill, type MemoryFill } from './fill-from-memory.ts';

/** --min-match: a whole number of per cent from 1 to 100. */
export function parseMinMatch(value: string | undefined): number {
  const minMatch = Number(value);
  if (value === undefined || !/^\d+$/.test(value.trim()) || minMatch < 1 || minMatch > 100)
    throw new Error(`--min-match: expected a whole number of per cent from 1 to 100, got "${value ?? ''}"`);
  return minMatch;
}

/** Draft `file` (the skeleton of `report`, changed in place) from the memory of the other reports under `contentDir`. */
export function draftFromMemory(
  file: TranslationFile,
  report: ReportOnDisk,
  contentDir: string,
  minMatch: number,
  date = today(),
): { fill: MemoryFill; summary: string; warnings: (writtenFile: string) => string[] } {
  const termBase = existsSync(join(contentDir, 'termbase.json')) ? readTermBase(contentDir) : [];
  const { memory } = buildMemory(readReports(contentDir, file.language), report.id, termBase);
  const fill = fillFromMemory(file, report.blocks, memory, { minMatch, date, termBase });
  // The lines are those of the file as written, so the command asks for them once it has written it.
  const warnings = (writtenFile: string) =>
    fill.flagged.map(
      ({ id, message }) =>
        `${report.translationPath}:${String(lineOfKey(writtenFile, 'id', id))}: warning: ${id}: memory draft: ${message} (the draft is kept; fix it before review)`,
    );
  return { fill, summary: formatFill(report.id, fill, minMatch), warnings };
}
