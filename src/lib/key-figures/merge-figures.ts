/**
 * A fresh extraction merged with the figures.json an editor reviewed: a figure
 * marked `reviewed` stays exactly as it is and no extracted figure with its
 * block and phrase is added beside it; every other figure is replaced by what
 * the extractor finds now. The figures that were there and are no longer are
 * reported, so nothing goes silently.
 */
import type { Figure } from '../../schemas/figures-file.ts';

export interface MergedFigures {
  figures: Figure[];
  /** Unreviewed figures of the previous file whose block and phrase the extractor no longer finds. */
  dropped: Figure[];
  /** How many reviewed figures were kept as they were. */
  kept: number;
}

const keyOf = (figure: Figure) => `${figure.block}\u0000${figure.phrase}`;

/** Merge; `position` orders the result in reading order (block, then where the phrase stands in it). */
export function mergeFigures(
  previous: readonly Figure[],
  extracted: readonly Figure[],
  position: (figure: Figure) => number,
): MergedFigures {
  const reviewed = previous.filter((figure) => figure.reviewed);
  const reviewedKeys = new Set(reviewed.map(keyOf));
  const fresh = extracted.filter((figure) => !reviewedKeys.has(keyOf(figure)));
  const extractedKeys = new Set(extracted.map(keyOf));
  const dropped = previous.filter((figure) => !figure.reviewed && !extractedKeys.has(keyOf(figure)));
  const figures = [...reviewed, ...fresh]
    .map((figure, index) => ({ figure, index, at: position(figure) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ figure }) => figure);
  return { figures, dropped, kept: reviewed.length };
}
