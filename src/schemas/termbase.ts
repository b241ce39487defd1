/**
 * content/termbase.json: the zh→en term base, one rendering per term across the
 * site, which `npm run translate -- check` enforces (src/lib/termbase.ts).
 *
 *     [ { "zh": ["新质生产力"], "en": "new quality productive forces",
 *         "source": "2025 GWR English (Xinhua); Qiushi; 2024 GWR", "strength": "A" } ]
 */
import { z } from 'astro/zod';

export const termBaseEntrySchema = z.strictObject({
  /** Chinese forms of the term; any one of them in a block calls for the rendering. */
  zh: z.array(z.string().min(1)).min(1),
  /** The rendering, as it must appear in running English text (compared case-insensitively). */
  en: z.string().min(1),
  /** The accepted forms of the rendering (inflections); absent means just `en`. */
  match: z.array(z.string().min(1)).min(1).optional(),
  /** Longer Chinese words that contain the term but are not it (双减双控 is not 双减); absent means none. */
  exclude: z.array(z.string().min(1)).optional(),
  /** Where the rendering comes from, or why it is our own. */
  source: z.string().min(1),
  /** How authoritative the source is: A official, B secondary, A/B both, — our own choice. */
  strength: z.enum(['A', 'B', 'A/B', '—']),
});

/** The whole of termbase.json. */
export const termBaseFileSchema = z.array(termBaseEntrySchema);

export type TermBaseEntry = z.output<typeof termBaseEntrySchema>;
