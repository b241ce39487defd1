/**
 * The reports collection: the aligned model of one report that every view
 * projects, built at config time by src/content/build-report.ts from the stored
 * files (report.json, zh.mdx, glossary.json, en.json, figures.json; their schemas are beside
 * this one). Not a file format: nothing stores this shape.
 */
import { z } from 'astro/zod';
import { figureSchema } from './figures-file.ts';
import { glossaryUseSchema } from './glossary-file.ts';
import { reportFileSchema } from './report-file.ts';
import { memoryDraftSchema, translationRevisionSchema } from './translation-file.ts';

/** Translation state of one block in one language. */
export const translationStatusSchema = z.enum(['translated', 'pending', 'stale']);

/**
 * What a reader is told about a block's English: `reviewed` (reviewed or final in
 * en.json: shown as published), `draft` (any other state with text: labelled
 * "Draft translation, not yet reviewed"), `pending` (no English yet) or `stale`
 * (the Chinese changed since it was translated).
 */
export const englishStateSchema = z.enum(['reviewed', 'draft', 'pending', 'stale']);

/**
 * One rendered version of a block in one language. The Markdown it came from is not kept: nothing that
 * renders pages reads it, and every copy of it would go into Astro's data store, which the build bundles
 * as one module (at 500 reports, the Markdown was 40 of its 136 MB).
 */
export const blockTextSchema = z.object({
  /** Rendered HTML (inline content when `inline`). */
  html: z.string(),
  /** True when `html` is phrasing content without a block wrapper. */
  inline: z.boolean(),
  /** Plain text as a reader reads it (src/markdown/rehype-block-text.ts): for search, quotes, meta descriptions, the contents. */
  text: z.string(),
});

/** A heading or paragraph of a report, the unit every view, link and translation hangs on. */
export const blockSchema = z.object({
  /** Permanent id (`p12`, `s3`), the `#fragment` in every language and view. */
  id: z.string(),
  /** Heading or paragraph. */
  kind: z.enum(['heading', 'paragraph']),
  /** Heading depth: 2 part, 3 section, 4 sub-heading; 0 for paragraphs. */
  depth: z.number().int(),
  /** Margin number from the outline, e.g. `2.1.3`; changes if the outline changes, unlike `id`. */
  number: z.string(),
  /** Id of the part heading this block belongs to (itself for a part heading); '' before the first part. */
  part: z.string(),
  /** The Chinese original. */
  zh: blockTextSchema,
  /** The English translation, when there is one. */
  en: blockTextSchema.optional(),
  /** English state: translated, pending (none yet) or stale (Chinese changed since). */
  enStatus: translationStatusSchema,
  /** The English state as readers are told it: reviewed, draft, pending or stale. */
  enState: englishStateSchema,
  /** Where a draft was pre-filled from (the translation memory); only on memory drafts. */
  enMemory: memoryDraftSchema.optional(),
  /** Day the English was last changed, YYYY-MM-DD; absent when unknown. */
  enRevised: z.string().optional(),
  /** How many listed revisions the block's English has had (the changes page); 0 when none. */
  enRevisions: z.number().int(),
  /** Line of the block in zh.mdx, for error messages. */
  line: z.number().int(),
});

/** A 名词解释 entry of one report, with its English version when translated. */
export const glossaryEntrySchema = z.object({
  /** Number in the printed list, shown as the note marker. */
  n: z.number().int().positive(),
  /** Stable key across reports and years (pinyin of the term). */
  key: z.string(),
  /** The term as printed, e.g. “惠商保”. */
  term: z.string(),
  /** The printed definition (Markdown). */
  definition: z.string(),
  /** Rendered definition HTML. */
  definitionHtml: z.string(),
  /** The definition's plain text, as a block's `text`: for search. */
  definitionText: z.string(),
  /** Blocks that carry the marker, and the text the marker attaches to (as in glossary.json). */
  uses: z.array(glossaryUseSchema),
  /** English: rendering, translated definition and where the rendering comes from. */
  en: z
    .object({
      term: z.string(),
      definition: z.string(),
      definitionHtml: z.string(),
      definitionText: z.string(),
      /** Where the rendering comes from: an official source, or our own choice. */
      source: z.string(),
      /** True when the rendering is our own (no authoritative rendering exists). */
      ours: z.boolean(),
    })
    .optional(),
});

/** One change to published English, as the changes page lists it: the stored revision and the text after it. */
export const revisionSchema = translationRevisionSchema.extend({
  /** The English right after this change (the next revision's `before`, or today's text), Markdown. */
  after: z.string(),
  /** `before` as a reader reads it (plain text: markup and glossary markers removed), for the word diff. */
  beforeText: z.string(),
  /** `after` as plain text. */
  afterText: z.string(),
  /** For a block: its margin number, for the link text; '' for a glossary entry. */
  number: z.string(),
  /** For a glossary entry: its key (the part after `glossary:`); '' for a block. */
  glossaryKey: z.string(),
});

/** How much of a report's English is reviewed, for the report header. */
export const englishSummarySchema = z.object({
  /** Blocks whose English readers see as reviewed. */
  reviewed: z.number().int(),
  /** Blocks whose English is a draft (not yet reviewed). */
  draft: z.number().int(),
  /** The latest day any English of the report changed (a block's `revised` or a revision's date); absent when unknown. */
  lastRevised: z.string().optional(),
});

/** Title-block fields in one language. */
export const reportTextsSchema = z.object({
  /** Title, e.g. 政府工作报告 / Report on the Work of the Government. */
  title: z.string(),
  /** Dateline as printed (zh) or translated (en). */
  dateline: z.string(),
  /** Occasion, e.g. 第六届人民代表大会第五次会议. */
  occasion: z.string(),
  /** Speaker's role, e.g. 区长 / District Mayor. */
  role: z.string(),
  /** Speaker's name, e.g. 康建斌 / Kang Jianbin. */
  speaker: z.string(),
});

/** A government work report: metadata, aligned blocks and glossary. */
export const reportSchema = z.object({
  /** Region slug (see regions.json). */
  region: z.string(),
  /** The report's year. */
  year: z.number().int(),
  /** Date the report was delivered (ISO). */
  deliveredOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Place named in the dateline, e.g. 太原市小店区. */
  place: z.string(),
  /** Title block in Chinese. */
  zh: reportTextsSchema,
  /** Title block in English, when translated. */
  en: reportTextsSchema.optional(),
  /** Provenance of the source of record (as in report.json). */
  source: reportFileSchema.shape.source,
  /** Language versions available, the original first: `zh-CN`, then `en` when translated. */
  languages: z.array(z.enum(['zh-CN', 'en'])),
  /** Counts for the translation status display. */
  translation: z.object({ total: z.number().int(), translated: z.number().int(), stale: z.number().int() }),
  /** Review state of the English: reviewed and draft counts, last revision day. */
  english: englishSummarySchema,
  /** Every change to published English (en.json `revisions`), oldest first; empty when none. */
  revisions: z.array(revisionSchema),
  /** All headings and paragraphs in reading order. */
  blocks: z.array(blockSchema),
  /** The report's 名词解释, in printed order; empty when it has none. */
  glossary: z.array(glossaryEntrySchema),
  /** True when any block or note contains math (the page then loads KaTeX CSS). */
  hasMath: z.boolean(),
  /** Old anchors kept alive: present block id → ids that redirect to it (from content/anchors.json). */
  aliases: z.record(z.string(), z.array(z.string())),
  /** Test-only fixture reports are never published; true only in fixture collections. */
  fixture: z.boolean(),
  /** The report's figures as data (figures.json, in reading order); absent when it has none: no key-figures page then. */
  figures: z.array(figureSchema).optional(),
});

export type Report = z.infer<typeof reportSchema>;
export type ReportBlock = z.infer<typeof blockSchema>;
export type BlockText = z.infer<typeof blockTextSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type ReportTexts = z.infer<typeof reportTextsSchema>;
export type EnglishState = z.infer<typeof englishStateSchema>;
export type EnglishSummary = z.infer<typeof englishSummarySchema>;
export type Revision = z.infer<typeof revisionSchema>;
