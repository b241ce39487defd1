/**
 * Builds the aligned model of one report — the spine every view projects:
 * blocks with their permanent ids, outline numbers, Chinese and English HTML,
 * translation status, and the glossary. Each file was read and checked
 * against its schema by report-files-fs.ts; the rule that spans files (every
 * id of en.json exists in zh.mdx and glossary.json) is checked here, failing
 * the build with the file, line and fix.
 */
import { englishState, GLOSSARY_REVISION_PREFIX, revisionsWithAfter, summarizeEnglish } from '../lib/english-provenance.ts';
import { numberBlocks } from '../lib/outline-numbers.ts';
import { checkTranslationIds } from '../lib/translation-ids.ts';
import { renderBlockMarkdown } from '../markdown/render-block.ts';
import type { GlossaryRefTarget } from '../markdown/remark-glossary-refs.ts';
import type { GlossaryEntryFile } from '../schemas/glossary-file.ts';
import type { BlockText, GlossaryEntry, Report, ReportBlock, Revision } from '../schemas/report.ts';
import type { TranslationFile } from '../schemas/translation-file.ts';
import type { ReportOnDisk } from './report-files-fs.ts';

export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}

export function buildReport(files: ReportOnDisk, aliases: Map<string, string[]> = new Map()): Report {
  const { report: stored, blocks, glossary } = files;
  const translation = files.translation?.file;
  if (files.translation) {
    const translationProblems = checkTranslationIds(
      files.translation.raw,
      files.translation.file,
      new Set(blocks.map((b) => b.id)),
      new Set(glossary.map((e) => e.key)),
    );
    if (translationProblems.length > 0) {
      throw new ContentError(translationProblems.map((p) => `${files.translationPath}:${p.line}: error: ${p.message}`).join('\n'));
    }
  }
  const translatedById = new Map(translation?.blocks.map((block) => [block.id, block]));

  const numbers = numberBlocks(blocks);
  let part = '';
  const modelBlocks: ReportBlock[] = [];
  // Whether any block, translation or note has math: the report page then loads KaTeX's stylesheet.
  let hasMath = false;
  for (const [index, block] of blocks.entries()) {
    if (block.kind === 'heading' && block.depth <= 2) part = block.id;
    const zh = renderText(block.markdown, glossaryTargetsFor(block.id, glossary));
    const translated = translatedById.get(block.id);
    const en = translated?.en ? renderText(translated.en, glossaryTargetsFor(block.id, glossary, translation)) : undefined;
    const enStatus = !en ? 'pending' : translated?.zh === block.markdown ? 'translated' : 'stale';
    const enState = englishState(translated, block.markdown);
    hasMath ||= zh.math || (en?.math ?? false);
    modelBlocks.push({
      id: block.id,
      kind: block.kind,
      depth: block.depth,
      number: numbers[index] ?? '',
      part,
      zh: zh.text,
      ...(en ? { en: en.text } : {}),
      enStatus,
      enState,
      ...(enState === 'draft' && translated?.memory ? { enMemory: translated.memory } : {}),
      ...(translated?.revised ? { enRevised: translated.revised } : {}),
      enRevisions: translation?.revisions.filter((revision) => revision.id === block.id).length ?? 0,
      line: block.line,
    });
  }

  const modelGlossary = glossary.map((entry) => buildGlossaryEntry(entry, translation));
  hasMath ||= modelGlossary.some((entry) => entry.math);
  const translated = modelBlocks.filter((block) => block.enStatus !== 'pending').length;
  const revisions = translation ? modelRevisions(translation, modelBlocks, files.translationPath) : [];
  return {
    region: stored.region,
    year: stored.year,
    deliveredOn: stored.deliveredOn,
    place: stored.place,
    zh: {
      title: stored.title,
      dateline: stored.dateline,
      occasion: stored.occasion,
      role: stored.speaker.role,
      speaker: stored.speaker.name,
    },
    ...(translation?.meta.title ? { en: translation.meta } : {}),
    source: stored.source,
    languages: translation ? ['zh-CN', 'en'] : ['zh-CN'],
    translation: { total: modelBlocks.length, translated, stale: modelBlocks.filter((block) => block.enStatus === 'stale').length },
    english: summarizeEnglish(modelBlocks, revisions),
    revisions,
    blocks: modelBlocks,
    glossary: modelGlossary.map((entry) => entry.model),
    hasMath,
    aliases: Object.fromEntries(aliases),
    fixture: stored.fixture,
    ...(files.figures ? { figures: files.figures.file.figures } : {}),
  };
}

/** The revisions of en.json with the text after each, and what the changes page links them by. */
function modelRevisions(translation: TranslationFile, blocks: readonly ReportBlock[], path: string): Revision[] {
  const numbers = new Map(blocks.map((block) => [block.id, block.number]));
  let withAfter;
  try {
    withAfter = revisionsWithAfter(translation.revisions, {
      blocks: new Map(translation.blocks.map((block) => [block.id, block])),
      glossary: new Map(translation.glossary.map((entry) => [entry.key, entry])),
    });
  } catch (error) {
    throw new ContentError(`${path}: error: ${(error as Error).message}`);
  }
  // A revision's `after` is the next one's `before`: each text is rendered once.
  const plainText = new Map<string, string>();
  const textOf = (markdown: string) => {
    let text = plainText.get(markdown);
    if (text === undefined) plainText.set(markdown, (text = renderBlockMarkdown(markdown).text));
    return text;
  };
  return withAfter.map((revision) => {
    const glossaryKey = revision.id.startsWith(GLOSSARY_REVISION_PREFIX) ? revision.id.slice(GLOSSARY_REVISION_PREFIX.length) : '';
    const beforeText = textOf(revision.before);
    const afterText = textOf(revision.after);
    return { ...revision, beforeText, afterText, number: numbers.get(revision.id) ?? '', glossaryKey };
  });
}

/**
 * The glossary markers a block carries, by marker number. In a translation the
 * marker attaches to the English rendering of the term (else the plugin falls
 * back to the quoted phrase before the marker).
 */
function glossaryTargetsFor(
  blockId: string,
  glossary: readonly GlossaryEntryFile[],
  translation?: TranslationFile,
): Record<string, GlossaryRefTarget> {
  const targets: Record<string, GlossaryRefTarget> = {};
  for (const entry of glossary) {
    const use = entry.uses.find((u) => u.block === blockId);
    if (!use) continue;
    const anchor = translation ? (translation.glossary.find((english) => english.key === entry.key)?.term ?? '') : use.anchor;
    // An inferred use has no marker to key it by; any key that no marker number can take will do.
    if (use.inferred) targets[`inferred-${entry.n}`] = { key: entry.key, anchor, inferred: true };
    else targets[String(entry.n)] = { key: entry.key, anchor };
  }
  return targets;
}

/** One rendering of a block's Markdown: the model's text, and whether it has math. */
function renderText(markdown: string, refs: Record<string, GlossaryRefTarget>): { text: BlockText; math: boolean } {
  const rendered = renderBlockMarkdown(markdown, refs);
  return { text: { html: rendered.html, inline: rendered.inline, text: rendered.text }, math: rendered.math };
}

function buildGlossaryEntry(entry: GlossaryEntryFile, translation: TranslationFile | undefined): { model: GlossaryEntry; math: boolean } {
  const english = translation?.glossary.find((candidate) => candidate.key === entry.key);
  const definition = renderBlockMarkdown(entry.definition);
  const englishDefinition = english?.term ? renderBlockMarkdown(english.definition) : undefined;
  const model: GlossaryEntry = {
    n: entry.n,
    key: entry.key,
    term: entry.term,
    definition: entry.definition,
    definitionHtml: definition.html,
    definitionText: definition.text,
    uses: entry.uses,
    ...(english?.term && englishDefinition
      ? {
          en: {
            term: english.term,
            definition: english.definition,
            definitionHtml: englishDefinition.html,
            definitionText: englishDefinition.text,
            source: english.source,
            ours: english.ours,
          },
        }
      : {}),
  };
  return { model, math: definition.math || (englishDefinition?.math ?? false) };
}
