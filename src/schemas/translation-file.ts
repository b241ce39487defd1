/**
 * content/reports/<region>/<year>/en.json: the English translation of a report,
 * keyed by the block ids of zh.mdx (never by position). `npm run translate --
 * skeleton` writes it with every English field empty; the translator fills them.
 *
 *     { "language": "en",
 *       "meta": { "title": "…", "dateline": "…", "occasion": "…", "role": "…", "speaker": "…" },
 *       "blocks": [ { "id": "p1", "zh": "各位代表：", "en": "Fellow Deputies," } ],
 *       "glossary": [ { "key": "hui-shang-bao", "zh": "“惠商保”", "term": "…", "definition": "…",
 *                       "source": "…", "ours": true } ] }
 *
 * `zh` records the Chinese the translator saw: when the Chinese changes later,
 * the translation shows as stale instead of silently mismatching. That every id
 * and key exists in the report, once, is checked against the report
 * (src/lib/translation-ids.ts), with the line of the file.
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

/** The translation of one block. */
export const translatedBlockSchema = z.strictObject({
  /** Id of the block in zh.mdx. */
  id: z.string().min(1),
  /** The Chinese Markdown the translation was made from. */
  zh: z.string(),
  /** The translation (Markdown); default '' (pending: the block shows in Chinese, labelled). */
  en: z.string().default(''),
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
});

/** en.json as read: defaults applied. */
export type TranslationFile = z.output<typeof translationFileSchema>;
export type TranslatedBlock = z.output<typeof translatedBlockSchema>;
export type TranslatedGlossaryEntry = z.output<typeof translatedGlossaryEntrySchema>;
