/**
 * content/reports/<region>/<year>/glossary.json: the report's 名词解释, one entry
 * per printed note, in printed order, each tied to the blocks of zh.mdx whose
 * marker (“惠商保”<sup>[1]</sup>) refers to it. `[]` when the report has none;
 * a report folder without the file reads as `[]` too.
 *
 *     [ { "n": 1, "key": "hui-shang-bao", "term": "“惠商保”", "definition": "即由财政出资…",
 *         "uses": [ { "block": "p6", "anchor": "“惠商保”" } ] } ]
 */
import { z } from 'astro/zod';
import { blockIdSchema, glossaryKeySchema } from './ids.ts';

/** A place in the text that refers to a glossary entry. */
export const glossaryUseSchema = z.strictObject({
  /** Id of the block (in zh.mdx) that carries the marker. */
  block: blockIdSchema,
  /** The text just before the marker that names the term, which the note link covers; '' if none was found. */
  anchor: z.string(),
  /** True when the source printed no marker and ingest tied the entry to the term's first occurrence; absent (false) otherwise. */
  inferred: z.boolean().optional(),
});

/** One printed note. */
export const glossaryEntryFileSchema = z.strictObject({
  /** The entry's number in the printed list, which the markers in the text carry ([1]). */
  n: z.number().int().positive(),
  /** Stable key across reports and years, from the term's pinyin; the entry's anchor is `g-<key>`. */
  key: glossaryKeySchema,
  /** The term exactly as printed before the colon, e.g. “惠商保”. */
  term: z.string().min(1),
  /** The definition exactly as printed after the colon (Markdown). */
  definition: z.string(),
  /** Where the text refers to the entry, in reading order; empty when nothing does. */
  uses: z.array(glossaryUseSchema),
});

/** The whole of glossary.json: numbers and keys each used once. */
export const glossaryFileSchema = z.array(glossaryEntryFileSchema).superRefine((entries, context) => {
  for (const field of ['n', 'key'] as const) {
    const seen = new Set<unknown>();
    for (const [index, entry] of entries.entries()) {
      if (seen.has(entry[field]))
        context.addIssue({
          code: 'custom',
          path: [index, field],
          message: `${JSON.stringify(entry[field])} is used by an earlier entry too`,
        });
      seen.add(entry[field]);
    }
  }
});

/** glossary.json checked against its report's zh.mdx: every use names a block that exists. */
export function glossaryFileSchemaFor(blockIds: ReadonlySet<string>) {
  return glossaryFileSchema.superRefine((entries, context) => {
    for (const [index, entry] of entries.entries()) {
      for (const [useIndex, use] of entry.uses.entries()) {
        if (!blockIds.has(use.block))
          context.addIssue({
            code: 'custom',
            path: [index, 'uses', useIndex, 'block'],
            message: `no block #${use.block} in zh.mdx; name the block that carries the marker [${entry.n}]`,
          });
      }
    }
  });
}

/** glossary.json as read. */
export type GlossaryFile = z.output<typeof glossaryFileSchema>;
export type GlossaryEntryFile = z.output<typeof glossaryEntryFileSchema>;
/** glossary.json as written. */
export type GlossaryFileInput = z.input<typeof glossaryFileSchema>;
