/**
 * The translation memory: every translated paragraph of the reports in
 * content/ (except the one being drafted), whole and, where its sentences can
 * be aligned reliably, sentence by sentence (align-paragraph.ts). Lookups are by
 * the masked key of match-key.ts: exact through a map, fuzzy through a bigram
 * index that only lets through units that can reach the threshold (a lossless
 * filter: each edit removes at most two of a key's bigrams), so the Levenshtein
 * distance (fastest-levenshtein) is computed for few candidates.
 */
import { distance } from 'fastest-levenshtein';
import { matchKey, similarity } from './match-key.ts';

export interface MemoryUnit {
  /** The Chinese (Markdown) of the stored sentence(s) or paragraph. */
  zh: string;
  /** Its English (Markdown). */
  en: string;
  /** Where it comes from: `<region>/<year>#<id>`. */
  source: string;
  /** `matchKey(zh)`. */
  key: string;
}

export interface MemoryMatch {
  unit: MemoryUnit;
  /** 0–1. */
  similarity: number;
}

export class TranslationMemory {
  readonly units: MemoryUnit[] = [];
  private readonly byKey = new Map<string, MemoryUnit[]>();
  private readonly byBigram = new Map<string, number[]>();

  /** Add a unit; a unit with the same Chinese and English as one already added is skipped (the first added wins). */
  add(zh: string, en: string, source: string): void {
    const key = matchKey(zh);
    const same = this.byKey.get(key);
    if (same?.some((unit) => unit.zh === zh && unit.en === en)) return;
    const unit = { zh, en, source, key };
    const index = this.units.push(unit) - 1;
    if (same) same.push(unit);
    else this.byKey.set(key, [unit]);
    for (const bigram of bigrams(key)) {
      const list = this.byBigram.get(bigram);
      if (list) list.push(index);
      else this.byBigram.set(bigram, [index]);
    }
  }

  /** Units whose key equals `key`, best first (the order they were added in). */
  exact(key: string): readonly MemoryUnit[] {
    return this.byKey.get(key) ?? [];
  }

  /** Units at or above `minSimilarity` (0–1), best first, at most `limit`; exact keys included. */
  search(key: string, minSimilarity: number, limit: number): MemoryMatch[] {
    const own = bigrams(key);
    // Rounding must not lose a match exactly at the threshold (1 − 3/20 is 0.85 only up to floating point).
    const threshold = minSimilarity - 1e-9;
    const maxEdits = Math.floor(((1 - minSimilarity) * key.length) / Math.max(minSimilarity, 0.01) + 1e-9);
    const needed = own.size - 2 * maxEdits;
    const shared = new Map<number, number>();
    for (const bigram of own) for (const index of this.byBigram.get(bigram) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
    // Keys of one character have no bigram: compare them directly.
    const candidates =
      own.size === 0 ? this.units.map((_, index) => index) : [...shared].filter(([, count]) => count >= needed).map(([index]) => index);
    const matches: MemoryMatch[] = [];
    for (const index of candidates) {
      const unit = this.units[index];
      if (!unit || Math.abs(unit.key.length - key.length) > maxEdits) continue;
      const score = similarity(key, unit.key, distance);
      if (score >= threshold) matches.push({ unit, similarity: score });
    }
    return matches.sort((a, b) => b.similarity - a.similarity || a.unit.source.localeCompare(b.unit.source)).slice(0, limit);
  }
}

function bigrams(key: string): Set<string> {
  const chars = [...key];
  const set = new Set<string>();
  for (let index = 0; index + 1 < chars.length; index++) set.add(`${chars[index] ?? ''}${chars[index + 1] ?? ''}`);
  return set;
}
