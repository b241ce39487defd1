/**
 * `npm run translate -- import <file>`: the translations of an XLIFF file back
 * into the report's en.json, all or nothing. Every unit is checked first; any
 * problem refuses the whole file, listing each as `<file>: error: unit <id>:
 * <problem>` (with the line where the XML parser gives one), and nothing is
 * written:
 *
 * - the file: malformed XML, not XLIFF, for a report that does not exist (its
 *   `<file original>`) or another than `--report`, another source or target
 *   language;
 * - a unit: an id the report does not have, an id twice, Chinese that is not
 *   the report's Chinese now (stale: the original changed since the export, or
 *   the source was edited), an inline element the export does not write, a
 *   state no XLIFF version defines, and, for English that changes, a figure
 *   that does not match the Chinese (src/lib/figures) or a term base miss
 *   (src/lib/termbase.ts), the checks of `npm run translate -- check` (on the
 *   drafted sentences of a partial memory draft, as there), and English marked
 *   translated or further that still leaves a sentence in Chinese (⟦…⟧).
 *
 * A unit whose English and state are unchanged changes nothing; a unit without
 * a target is skipped. Changes go through reviseBlock (revise.ts), dated today
 * (UTC): published English that changes is listed in `revisions`, as wording
 * unless a note of the unit starts with `correction:` (the rest of the note is
 * the reader's explanation; `wording:` gives one for a wording change). en.json
 * keeps everything else byte for byte: the file is edited as JSON, not
 * rewritten from its parsed value, and validated by its schema before the
 * atomic write (src/content/stored-file-fs.ts). A block the file translates
 * that en.json lacks is added in reading order.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readReport, type ReportOnDisk } from '../../../../src/content/report-files-fs.ts';
import { readTermBase } from '../../../../src/content/termbase-fs.ts';
import { compareFigures } from '../../../../src/lib/figures.ts';
import { checkTermBase } from '../../../../src/lib/termbase.ts';
import { StoredFileError } from '../../../../src/schemas/stored-file.ts';
import type { z } from 'astro/zod';
import {
  translatedBlockSchema,
  translatedGlossaryEntrySchema,
  translationFileSchema,
  type TranslationFile,
  type TranslationRevision,
  type TranslationState,
} from '../../../../src/schemas/translation-file.ts';
import { draftedPart, gapsOf } from '../memory/gaps.ts';
import { reviseBlock, reviseGlossaryEntry } from '../revise.ts';
import { SOURCE_LANGUAGE } from './export-xliff.ts';
import { formatMarkdown } from './markdown-inline.ts';
import { readXliff, type ReadUnit } from './read-xliff.ts';
import { currentEnglish, findUnit, type UnitTarget } from './units.ts';
import { MAX_XML_BYTES, XmlError } from './xml-tree.ts';

export class ImportRefused extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ImportRefused';
    this.problems = problems;
  }
}

export interface ImportOptions {
  /** The XLIFF file. */
  path: string;
  contentDir: string;
  /** The translation's language (en.json); the file's target language must be it. Default en. */
  language?: string;
  /** The report the file must be for, when the caller knows it. */
  report?: string;
  /** Day of the changes, YYYY-MM-DD. */
  date: string;
}

interface Change {
  unit: UnitTarget;
  unitId: string;
  en: string;
  state?: TranslationState;
  kind: TranslationRevision['kind'];
  note: string;
}

export interface ImportResult {
  report: ReportOnDisk;
  /** en.json's new content; undefined when nothing changes. */
  value?: RawFile;
  /** One line per changed unit, for the command's output. */
  summary: string[];
}

/** `correction: …` or `wording: …` in a unit's notes: the kind of revision and the note for readers. */
function revisionMark(notes: readonly string[]): { kind: TranslationRevision['kind']; note: string } {
  for (const note of notes) {
    const mark = /^\s*(correction|wording)\s*:\s*(.*)$/is.exec(note);
    if (mark?.[1]) return { kind: mark[1].toLowerCase() === 'correction' ? 'correction' : 'wording', note: (mark[2] ?? '').trim() };
  }
  return { kind: 'wording', note: '' };
}

function readFile(path: string): string {
  if (!existsSync(path)) throw new ImportRefused([`${path}: error: no such file`]);
  const size = statSync(path).size;
  if (size > MAX_XML_BYTES) throw new ImportRefused([`${path}: error: file is larger than ${String(MAX_XML_BYTES / 1024 / 1024)} MB`]);
  return readFileSync(path, 'utf8');
}

/** Check one unit; returns its change (or undefined for none) and adds its problems. */
function checkUnit(
  read: ReadUnit,
  report: ReportOnDisk,
  termBase: ReturnType<typeof readTermBase>,
  problems: string[],
  at: string,
): Change | undefined {
  const fail = (problem: string) => {
    problems.push(`${at}: error: unit ${read.id}: ${problem}`);
    return undefined;
  };
  const unit = findUnit(report, read.id);
  if (!unit) return fail(`no such ${read.id.startsWith('glossary:') ? 'glossary unit' : 'paragraph'} in ${report.id}`);
  if (read.source instanceof Error) return fail(read.source.message);
  if (formatMarkdown(read.source) !== unit.chinese)
    return fail(
      "the Chinese is not the report's Chinese now (stale: it changed since the export, or the source was edited); export again and carry the translation over",
    );
  if (read.target === undefined) return undefined;
  if (read.target instanceof Error) return fail(read.target.message);
  if (read.state instanceof Error) return fail(read.state.message);
  const en = formatMarkdown(read.target);
  const before = currentEnglish(unit);
  const textChanged = en !== before;
  let state: TranslationState | undefined;
  if (unit.kind === 'block') {
    const current = unit.translated?.state ?? 'initial';
    state = read.state ?? (textChanged ? 'translated' : current);
    if (!textChanged && state === current) return undefined;
    if (en === '' && state !== 'initial') return fail(`an empty target cannot be ${state}`);
  } else if (!textChanged) return undefined;
  if (en !== '') {
    const problemsBefore = problems.length;
    const gaps = gapsOf(en).length;
    if (gaps > 0 && state !== undefined && state !== 'initial')
      fail(
        `the English still leaves ${String(gaps)} sentence(s) in Chinese (⟦not yet translated: …⟧); translate them before marking it ${state}`,
      );
    // As the translation check: a partial memory draft is checked on its drafted sentences.
    const drafted = unit.kind === 'block' ? draftedPart(unit.chinese, en) : { zh: unit.chinese, en };
    for (const mismatch of compareFigures(drafted.zh, drafted.en)) fail(mismatch.problem);
    if (unit.kind === 'block')
      for (const miss of checkTermBase(termBase, [{ id: read.id, ...drafted }])) fail(miss.message.replace(`${read.id}: `, ''));
    if (problems.length > problemsBefore) return undefined;
  }
  const mark = revisionMark(read.notes);
  return { unit, unitId: read.id, en, ...(state ? { state } : {}), ...mark };
}

/** en.json as written: only what the file has (defaults not filled in), so what import leaves alone stays byte for byte. */
type RawFile = z.input<typeof translationFileSchema>;
type RawBlock = RawFile['blocks'][number];

/** The raw block for `id`, added in reading order if en.json lacks it. */
function rawBlock(raw: RawFile, report: ReportOnDisk, id: string, chinese: string): RawBlock {
  const found = raw.blocks.find((block) => block.id === id);
  if (found) return found;
  const order = new Map(report.blocks.map((block, index) => [block.id, index]));
  const position = order.get(id) ?? 0;
  const added: RawBlock = { id, zh: chinese, en: '', state: 'initial' };
  const after = raw.blocks.findIndex((block) => (order.get(block.id) ?? -1) > position);
  raw.blocks.splice(after < 0 ? raw.blocks.length : after, 0, added);
  return added;
}

function applyBlock(raw: RawFile, report: ReportOnDisk, change: Change & { unit: { kind: 'block' } }, date: string): TranslationRevision[] {
  const block = rawBlock(raw, report, change.unit.id, change.unit.chinese);
  // reviseBlock on the block as read (defaults applied), then only what it changed is written back.
  const view: TranslationFile = {
    language: 'en',
    meta: { title: '', dateline: '', occasion: '', role: '', speaker: '' },
    glossary: [],
    revisions: [],
    blocks: [translatedBlockSchema.parse(block)],
  };
  reviseBlock(view, block.id, {
    en: change.en,
    date,
    kind: change.kind,
    note: change.note,
    ...(change.state ? { state: change.state } : {}),
  });
  const [revised] = view.blocks;
  if (!revised) return [];
  if (revised.en !== (block.en ?? '')) {
    block.en = revised.en;
    // The English is now a translation of the Chinese as it is.
    block.zh = change.unit.chinese;
  }
  if (revised.state !== (block.state ?? 'initial')) block.state = revised.state;
  if (revised.revised !== undefined) block.revised = revised.revised;
  if (revised.memory === undefined) delete block.memory;
  return view.revisions;
}

function applyGlossary(
  raw: RawFile,
  report: ReportOnDisk,
  change: Change & { unit: { kind: 'glossary' } },
  date: string,
): TranslationRevision[] {
  raw.glossary ??= [];
  const { key, field } = change.unit;
  let entry = raw.glossary.find((candidate) => candidate.key === key);
  if (!entry) {
    const chinese = report.glossary.find((candidate) => candidate.key === key);
    entry = { key, zh: chinese?.term ?? '', term: '', definition: '', source: '', ours: false };
    const order = report.glossary.map((candidate) => candidate.key);
    const after = raw.glossary.findIndex((candidate) => order.indexOf(candidate.key) > order.indexOf(key));
    raw.glossary.splice(after < 0 ? raw.glossary.length : after, 0, entry);
  }
  // As for a block: revise the entry as read (defaults applied), write back only the field that changed.
  const view: TranslationFile = {
    language: 'en',
    meta: { title: '', dateline: '', occasion: '', role: '', speaker: '' },
    blocks: [],
    revisions: [],
    glossary: [translatedGlossaryEntrySchema.parse(entry)],
  };
  reviseGlossaryEntry(view, key, { [field]: change.en, date, kind: change.kind, note: change.note });
  entry[field] = view.glossary[0]?.[field] ?? change.en;
  return view.revisions;
}

/** Read, check and apply an XLIFF file; throws ImportRefused listing every problem, and writes nothing. */
export function importXliff(options: ImportOptions): ImportResult {
  const { path, contentDir, date } = options;
  const language = options.language ?? 'en';
  let read: ReturnType<typeof readXliff>;
  try {
    read = readXliff(readFile(path));
  } catch (error) {
    if (error instanceof XmlError)
      throw new ImportRefused([`${path}${error.line === undefined ? '' : `:${String(error.line)}`}: error: ${error.message}`]);
    throw error;
  }
  const fileProblems: string[] = [];
  if (!read.sourceLanguage.toLowerCase().startsWith('zh'))
    fileProblems.push(`${path}: error: the source language is "${read.sourceLanguage}", not Chinese (${SOURCE_LANGUAGE})`);
  if (read.targetLanguage.toLowerCase() !== language.toLowerCase())
    fileProblems.push(
      `${path}: error: the file translates into "${read.targetLanguage}", not ${language} (${language}.json); pass --lang ${read.targetLanguage || '<language>'} for another translation`,
    );
  if (options.report && read.original !== options.report)
    fileProblems.push(`${path}: error: the file is for report "${read.original}", not ${options.report}`);
  if (fileProblems.length > 0) throw new ImportRefused(fileProblems);
  let report: ReportOnDisk;
  try {
    report = readReport(contentDir, read.original, language);
  } catch (error) {
    if (error instanceof StoredFileError)
      throw new ImportRefused([
        `${path}: error: the file is for report "${read.original}" (<file original>), which cannot be read: ${error.problems.join('; ')}`,
      ]);
    throw error;
  }
  if (!report.translation)
    throw new ImportRefused([
      `${path}: error: ${report.translationPath} does not exist; run npm run translate -- skeleton ${report.id} first`,
    ]);
  const termBase = readTermBase(contentDir);
  const problems: string[] = [];
  const seen = new Set<string>();
  const changes: Change[] = [];
  for (const unit of read.units) {
    if (seen.has(unit.id)) {
      problems.push(`${path}: error: unit ${unit.id}: appears more than once; keep one`);
      continue;
    }
    seen.add(unit.id);
    const change = checkUnit(unit, report, termBase, problems, path);
    if (change) changes.push(change);
  }
  if (problems.length > 0) throw new ImportRefused(problems);
  if (changes.length === 0) return { report, summary: [] };

  const raw = JSON.parse(report.translation.raw) as RawFile;
  const revisions: TranslationRevision[] = [];
  const summary: string[] = [];
  for (const change of changes) {
    const listed =
      change.unit.kind === 'block'
        ? applyBlock(raw, report, change as Change & { unit: { kind: 'block' } }, date)
        : applyGlossary(raw, report, change as Change & { unit: { kind: 'glossary' } }, date);
    revisions.push(...listed);
    const before = change.unit.kind === 'block' ? (change.unit.translated?.state ?? 'initial') : '';
    const what = currentEnglish(change.unit) === change.en ? 'state' : 'English';
    summary.push(
      `${change.unitId}: ${what} ${change.state && change.state !== before ? `${before} → ${change.state}` : 'changed'}${listed.length > 0 ? ` (listed in revisions as ${change.kind})` : ''}`,
    );
  }
  if (revisions.length > 0) raw.revisions = [...(raw.revisions ?? []), ...revisions];
  // The schema's verdict before anything is written (writeStoredFile checks again).
  const parsed = translationFileSchema.safeParse(raw);
  if (!parsed.success)
    throw new ImportRefused([`${path}: error: the result would not be a valid ${report.translationPath}: ${parsed.error.message}`]);
  return { report, value: raw, summary };
}
