/**
 * What changed between two versions of an English text, word by word, for the
 * changes page: runs of kept, removed and added text from the `diff` library's
 * word diff (jsdiff), with long kept runs shortened to a few words of context on
 * each side so a reader sees the change, not the whole paragraph again. Pure.
 */
import { diffWords } from 'diff';

export type DiffPart = { kind: 'same' | 'removed' | 'added'; text: string } | { kind: 'gap' };

/** Words of unchanged context kept on each side of a change. */
export const CONTEXT_WORDS = 12;

/** Split into words, each with the spaces around it (leading ones go with the first), so that joining them gives the text back. */
function words(text: string): string[] {
  const tokens = text.split(/(?<=\s)(?=\S)/);
  if (tokens.length > 1 && tokens[0]?.trim() === '') tokens.splice(0, 2, `${tokens[0]}${tokens[1] ?? ''}`);
  return tokens;
}

/** A kept run between changes: whole when short, else its first and last words around a gap. */
function shorten(text: string, first: boolean, last: boolean): DiffPart[] {
  if (first && last) return [{ kind: 'same', text }];
  const all = words(text);
  const head = first ? 0 : CONTEXT_WORDS;
  const tail = last ? 0 : CONTEXT_WORDS;
  if (all.length <= head + tail + 1) return [{ kind: 'same', text }];
  const parts: DiffPart[] = [];
  if (head > 0) parts.push({ kind: 'same', text: all.slice(0, head).join('') });
  parts.push({ kind: 'gap' });
  if (tail > 0) parts.push({ kind: 'same', text: all.slice(-tail).join('') });
  return parts;
}

/** The word diff of `before` → `after`, kept text shortened around the changes. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const changes = diffWords(before, after);
  return changes.flatMap((change, index): DiffPart[] => {
    if (change.added) return [{ kind: 'added', text: change.value }];
    if (change.removed) return [{ kind: 'removed', text: change.value }];
    return shorten(change.value, index === 0, index === changes.length - 1);
  });
}
