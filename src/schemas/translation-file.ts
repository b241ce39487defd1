/**
 * content/reports/<region>/<year>/en.json: the English translation of a report,
 * keyed by the block ids of zh.mdx (never by position). `npm run translate --
 * skeleton` writes it with every English field empty; the translator fills them.
 *
 *     { "language": "en",
 *       "meta": { "title": "…", "dateline": "…", "occasion": "…", "role": "…", "speaker": "…" },
 *       "blocks": [ { "id": "p1", "zh": "各位代表：", "en": "Fellow Deputies,", "state": "reviewed",
 *                     "revised": "2026-11-30" } ],
 *       "glossary": [ { "key": "hui-shang-bao", "zh": "“惠商保”", "term": "…", "definition": "…",
 *                       "source": "…", "ours": true } ],
 *       "revisions": [ { "date": "2026-11-30", "id": "p8", "kind": "correction", "note": "…", "before": "…" } ] }
 *
 * `zh` records the Chinese the translator saw: when the Chinese changes later,
 * the translation shows as stale instead of silently mismatching. That every id
 * and key exists in the report, once, is checked against the report
 * (src/lib/translation-ids.ts), with the line of the file.
 *
 * Every block's English has a state, the four of XLIFF 2 (which CAT tools map
 * their own onto): `initial` (empty, or pre-filled as a draft, for example from
 * the translation memory, see `memory`), `translated` (a translator's draft,
 * not yet reviewed), `reviewed` and `final`. A reader sees reviewed and final
 * English as published, and anything else with text as a labelled draft.
 * `revisions` lists every change to English that had already been published
 * (reviewed or final), for the report's public changes page.
 */
import { z } from 'astro/zod';

/** The report's title block in English. */
export const translationMetaSchema = z.strictObject({
  /** Title, e.g. Report on the Work of the Government; default '' (the report then has no English title block). */
  title: z.string().default(''),
  /** The dateline in English; default ''. */
  dateline: z.string().default(''),
  /** The session, e.g. Fifth Session of the Sixth People's Congress; default ''. */
  occasion: z.string().default(''),
  /** The speaker's office, e.g. District Mayor; default ''. */
  role: z.string().default(''),
  /** The speaker's name, e.g. Kang Jianbin; default ''. */
  speaker: z.string().default(''),
});

/** How far a block's English has come; the states of XLIFF 2.x (`<segment state>`). */
export const translationStateSchema = z.enum(['initial', 'translated', 'reviewed', 'final']);

/** Where a draft was pre-filled from: the translation memory (npm run translate -- skeleton). */
export const memoryDraftSchema = z.strictObject({
  /** Average match of the sentences it was assembled from, in per cent (100 = exact). */
  match: z.number().min(0).max(100),
  /** The paragraphs the sentences came from, as `<region>/<year>#<id>`, e.g. taiyuan-xiaodian/2023#p14. */
  sources: z.array(z.string().min(1)),
});

/** The translation of one block. */
export const translatedBlockSchema = z.strictObject({
  /** Id of the block in zh.mdx. */
  id: z.string().min(1),
  /** The Chinese Markdown the translation was made from. */
  zh: z.string(),
  /** The translation (Markdown); default '' (pending: the block shows in Chinese, labelled). */
  en: z.string().default(''),
  /** How far the English has come; default initial (a reader sees any text as a draft). */
  state: translationStateSchema.default('initial'),
  /** Day the English was last changed, YYYY-MM-DD; absent when unknown (before states were recorded). */
  revised: z.iso.date().optional(),
  /**
   * Set while the English is a draft pre-filled from the translation memory; removed once a translator edits it.
   * A draft that covers the block only in part keeps each missing sentence in Chinese, where it belongs, as
   * `⟦not yet translated: …⟧` (scripts/lib/translate/memory/gaps.ts), so it never reads as the whole paragraph.
   */
  memory: memoryDraftSchema.optional(),
});

/** One change to English that had already been published (reviewed or final): the changes page lists them. */
export const translationRevisionSchema = z.strictObject({
  /** Day of the change, YYYY-MM-DD. */
  date: z.iso.date(),
  /** Id of the block whose English changed, or `glossary:<key>` for a glossary entry. */
  id: z.string().min(1),
  /** For a glossary entry: which of its texts changed (term, definition or source note); absent for a block. */
  field: z.enum(['term', 'definition', 'source']).optional(),
  /** A correction fixes a mistake of meaning or fact; wording improves style without changing what it says. */
  kind: z.enum(['wording', 'correction']),
  /** What changed and why, for readers; default ''. */
  note: z.string().default(''),
  /** The English before the change (Markdown), so a reader who quoted it can see what moved. */
  before: z.string(),
});

/** The translation of one glossary entry. */
export const translatedGlossaryEntrySchema = z.strictObject({
  /** Key of the entry in glossary.json. */
  key: z.string().min(1),
  /** The Chinese term, for the translator's orientation; default ''. */
  zh: z.string().default(''),
  /** The English rendering of the term; default '' (pending: the note shows in Chinese). */
  term: z.string().default(''),
  /** The translated definition (Markdown); default ''. */
  definition: z.string().default(''),
  /** Where the rendering comes from (a citation), or why it is ours; default ''. */
  source: z.string().default(''),
  /** True when no authoritative rendering exists and this one is our choice; default false. */
  ours: z.boolean().default(false),
});

export const translationFileSchema = z.strictObject({
  /** The language translated into, as in the file name; default en. */
  language: z.string().min(1).default('en'),
  /** The title block; default all ''. */
  meta: translationMetaSchema.prefault({}),
  /** One entry per translated block, in reading order. */
  blocks: z.array(translatedBlockSchema),
  /** One entry per translated glossary entry, in printed order; default []. */
  glossary: z.array(translatedGlossaryEntrySchema).default([]),
  /** Changes to published English, oldest first; default []. */
  revisions: z.array(translationRevisionSchema).default([]),
});

/** en.json as read: defaults applied. */
export type TranslationFile = z.output<typeof translationFileSchema>;
export type TranslatedBlock = z.output<typeof translatedBlockSchema>;
export type TranslatedGlossaryEntry = z.output<typeof translatedGlossaryEntrySchema>;
export type TranslationState = z.output<typeof translationStateSchema>;
export type TranslationRevision = z.output<typeof translationRevisionSchema>;
