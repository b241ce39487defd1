/**
 * The draft of one block from the memory. The block is cut into sentences
 * (sentences.ts); each run of one or two sentences, or the whole block, is
 * looked up: first exactly (same masked key), then fuzzily at or above the
 * threshold, best first, and the first match whose English can take the new
 * figures (carry-figures.ts) and glossary markers is used. The runs that cover
 * the most Chinese, weighted by match, are chosen (dynamic programming), and
 * the English is assembled sentence by sentence in the Chinese order.
 *
 * A block less than half covered is not drafted; a block covered in part is,
 * with each missing sentence left in Chinese as a gap (gaps.ts).
 */
import { exactKey, matchKey } from './match-key.ts';
import type { MemoryUnit, TranslationMemory } from './memory-index.ts';
import { carryFigures } from './carry-figures.ts';
import { formatGap } from './gaps.ts';
import { glossaryMarkers, isWhollyBold, replaceGlossaryMarkers, visibleText, withoutBold } from './inline-markup.ts';
import { splitChineseSentences } from './sentences.ts';

/** Below this share of its Chinese characters drafted, a block is left empty for the translator. */
export const MIN_COVERAGE = 0.5;

/** Fuzzy candidates tried per run before giving up on it. */
const CANDIDATES = 5;

export interface BlockDraft {
  /** The English, with gaps for sentences not drafted. */
  en: string;
  /** Average match of the drafted sentences, weighted by their Chinese characters, in per cent (rounded down). */
  match: number;
  /** The paragraphs the sentences came from, in order of use, each once. */
  sources: string[];
  /** Share of the block's Chinese characters drafted, 0–1. */
  coverage: number;
  /** Chinese characters drafted. */
  coveredChars: number;
  /** Sentences left in Chinese. */
  gaps: number;
}

interface RunMatch {
  en: string;
  similarity: number;
  source: string;
}

/** Draft `markdown` (a block's Chinese) from `memory` with matches at or above `minMatch` (0–100), or undefined. */
export function draftBlock(markdown: string, memory: TranslationMemory, minMatch: number): BlockDraft | undefined {
  const sentences = splitChineseSentences(markdown);
  const lengths = sentences.map((sentence) => visibleText(sentence).replace(/\s+/g, '').length);
  const total = lengths.reduce((sum, length) => sum + length, 0);
  if (total === 0) return undefined;
  const runs = new Map<string, RunMatch | undefined>();
  const runMatch = (from: number, to: number) => {
    const id = `${String(from)}-${String(to)}`;
    if (!runs.has(id)) {
      const zh = from === 0 && to === sentences.length ? markdown : sentences.slice(from, to).join('');
      runs.set(id, findRun(zh, memory, minMatch / 100));
    }
    return runs.get(id);
  };
  // best[j]: the best weight covering sentences before j, and how it was reached.
  const best: { weight: number; from: number; match?: RunMatch | undefined }[] = [{ weight: 0, from: 0 }];
  for (let to = 1; to <= sentences.length; to++) {
    best[to] = { weight: best[to - 1]?.weight ?? 0, from: to - 1 };
    const spans = new Set([1, 2, to === sentences.length ? to : 0]);
    for (const span of spans) {
      const from = to - span;
      if (span === 0 || from < 0) continue;
      const match = runMatch(from, to);
      if (!match) continue;
      const weight = (best[from]?.weight ?? 0) + match.similarity * sum(lengths, from, to);
      if (weight > (best[to]?.weight ?? 0) + 1e-9) best[to] = { weight, from, match };
    }
  }
  const parts: string[] = [];
  const sources: string[] = [];
  let covered = 0;
  let weighted = 0;
  let gaps = 0;
  for (let to = sentences.length; to > 0;) {
    const step = best[to];
    if (!step) break;
    if (step.match) {
      parts.unshift(step.match.en);
      sources.unshift(step.match.source);
      const length = sum(lengths, step.from, to);
      covered += length;
      weighted += length * step.match.similarity;
    } else {
      parts.unshift(formatGap(sentences[step.from] ?? ''));
      gaps++;
    }
    to = step.from;
  }
  if (covered / total < MIN_COVERAGE) return undefined;
  return {
    en: parts.join(' '),
    match: Math.floor((100 * weighted) / covered + 1e-9),
    sources: [...new Set(sources)],
    coverage: covered / total,
    coveredChars: covered,
    gaps,
  };
}

function sum(values: readonly number[], from: number, to: number): number {
  return values.slice(from, to).reduce((total, value) => total + value, 0);
}

/** The best usable match for a run of Chinese: exact keys first (an identical text before one whose figures changed), then fuzzy. */
function findRun(zh: string, memory: TranslationMemory, minSimilarity: number): RunMatch | undefined {
  const key = matchKey(zh);
  const identical = exactKey(zh);
  const exact = [...memory.exact(key)].sort((a, b) => Number(exactKey(b.zh) === identical) - Number(exactKey(a.zh) === identical));
  for (const unit of exact) {
    const en = adapt(unit, zh);
    if (en !== undefined) return { en, similarity: 1, source: unit.source };
  }
  for (const { unit, similarity } of memory.search(key, minSimilarity, CANDIDATES)) {
    if (similarity === 1) continue;
    const en = adapt(unit, zh);
    if (en !== undefined) return { en, similarity, source: unit.source };
  }
  return undefined;
}

/** The unit's English made to fit the new Chinese: its figures, its glossary markers, its bold lead. */
function adapt(unit: MemoryUnit, zh: string): string | undefined {
  const carried = carryFigures(unit.zh, unit.en, zh);
  if (carried === undefined) return undefined;
  const markers = glossaryMarkers(zh);
  if (markers.length > 0 && markers.length !== glossaryMarkers(carried).length) return undefined;
  const marked = replaceGlossaryMarkers(carried, markers);
  if (!zh.includes('**')) return withoutBold(marked);
  if (isWhollyBold(zh) && !isWhollyBold(marked)) return `**${withoutBold(marked).trim()}**`;
  return marked;
}
