/**
 * Stable keys for glossary terms (名词解释). The same term in different years and
 * reports gets the same key, so a term page can list every occurrence.
 * Key = toneless pinyin of the term, quotes and punctuation dropped:
 * “惠商保” → hui-shang-bao, “543”体系 → 543-ti-xi.
 */
import { pinyin } from 'pinyin-pro';

/** The term as readers see it, without the quotation marks around it. */
export function normaliseTerm(term: string): string {
  return term.replace(/[“”"「」『』]/g, '').trim();
}

/** Derive the stable key of a glossary term. */
export function termToKey(term: string): string {
  const syllables = pinyin(normaliseTerm(term), { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  return syllables
    .map((syllable) =>
      syllable
        .toLowerCase()
        .replace(/ü/g, 'v')
        .replace(/[^a-z0-9]+/g, '-'),
    )
    .join('-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}
