/**
 * Paragraph and heading ids are assigned once and never renumbered. On a
 * re-ingest, each new block takes the id of the previous block it matches:
 * first identical text (in order), then, between two matched neighbours, a
 * block whose text is similar enough (an edited paragraph). Only blocks that
 * match nothing get fresh ids, numbered after the highest id ever used.
 */
import type { StoredBlock } from '../../../src/lib/block-syntax.ts';

export interface BlockForIds {
  kind: 'heading' | 'paragraph';
  markdown: string;
}

const PREFIX = { paragraph: 'p', heading: 's' } as const;
/** Dice coefficient over character bigrams above which an edited block keeps its id. */
const SIMILAR_ENOUGH = 0.5;

export function assignStableIds(blocks: BlockForIds[], previous: readonly StoredBlock[]): string[] {
  const ids: (string | undefined)[] = blocks.map(() => undefined);
  const used = new Set<string>();
  // 1. Identical text, as a longest common subsequence so order is respected.
  const pairs = longestCommonSubsequence(blocks, previous);
  for (const [newIndex, oldIndex] of pairs) {
    const old = previous[oldIndex];
    if (!old) continue;
    ids[newIndex] = old.id;
    used.add(old.id);
  }
  // 2. In each gap between matched blocks, pair edited blocks of the same kind.
  const matchedOld = new Set(pairs.map(([, oldIndex]) => oldIndex));
  let oldCursor = 0;
  blocks.forEach((block, newIndex) => {
    const anchor = pairs.find(([n]) => n === newIndex);
    if (anchor) {
      oldCursor = anchor[1] + 1;
      return;
    }
    const nextAnchor = pairs.find(([n]) => n > newIndex);
    const gapEnd = nextAnchor ? nextAnchor[1] : previous.length;
    for (let oldIndex = oldCursor; oldIndex < gapEnd; oldIndex++) {
      const old = previous[oldIndex];
      if (!old || matchedOld.has(oldIndex) || old.kind !== block.kind) continue;
      if (similarity(old.markdown, block.markdown) >= SIMILAR_ENOUGH) {
        ids[newIndex] = old.id;
        used.add(old.id);
        matchedOld.add(oldIndex);
        oldCursor = oldIndex + 1;
        break;
      }
    }
  });
  // 3. Fresh ids after the highest number ever used for that prefix.
  const next = { p: highest(previous, 'p') + 1, s: highest(previous, 's') + 1 };
  return blocks.map((block, index) => {
    const id = ids[index];
    if (id) return id;
    const prefix = PREFIX[block.kind];
    return `${prefix}${next[prefix]++}`;
  });
}

function highest(previous: readonly StoredBlock[], prefix: 'p' | 's'): number {
  return previous.reduce((max, block) => (block.id.startsWith(prefix) ? Math.max(max, Number(block.id.slice(1))) : max), 0);
}

function longestCommonSubsequence(blocks: BlockForIds[], previous: readonly StoredBlock[]): [number, number][] {
  const rows = blocks.length;
  const cols = previous.length;
  const table = Array.from({ length: rows + 1 }, () => new Uint32Array(cols + 1));
  const same = (i: number, j: number) => blocks[i]?.kind === previous[j]?.kind && blocks[i]?.markdown === previous[j]?.markdown;
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      const row = table[i] as Uint32Array;
      const below = table[i + 1] as Uint32Array;
      row[j] = same(i, j) ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < rows && j < cols) {
    if (same(i, j)) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) i++;
    else j++;
  }
  return pairs;
}

/** Dice coefficient of character bigrams: 1 for identical texts, 0 for disjoint ones. */
export function similarity(a: string, b: string): number {
  const bigrams = (text: string) => {
    const chars = [...text];
    const counts = new Map<string, number>();
    for (let k = 0; k < chars.length - 1; k++) {
      const gram = `${chars[k]}${chars[k + 1]}`;
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
    return { counts, total: Math.max(chars.length - 1, 0) };
  };
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.total + right.total === 0) return a === b ? 1 : 0;
  let shared = 0;
  for (const [gram, count] of left.counts) shared += Math.min(count, right.counts.get(gram) ?? 0);
  return (2 * shared) / (left.total + right.total);
}
