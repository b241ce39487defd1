/**
 * Whether a query has a character that traditional → simplified folding
 * changes (the list comes from opencc-js, foldable-deltas.ts: about 2 kB
 * gzipped), so the converter itself (fold-to-simplified.ts) loads only then.
 */
import { FOLDABLE_DELTAS } from './foldable-deltas.ts';

let foldable: Set<number> | undefined;

function foldableSet(): Set<number> {
  if (!foldable) {
    let point = 0;
    foldable = new Set(
      FOLDABLE_DELTAS.split(',').map((delta) => {
        point += parseInt(delta, 36);
        return point;
      }),
    );
  }
  return foldable;
}

export { FOLDABLE_DELTAS };

export function mayFold(text: string): boolean {
  const set = foldableSet();
  for (const char of text) if (set.has(char.codePointAt(0) ?? 0)) return true;
  return false;
}
