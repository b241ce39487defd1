/**
 * Every change ingest makes to the source's layout is recorded as a Repair, so an
 * editor can review it in the ingest report. The wording itself is never changed.
 */
export type RepairKind =
  | 'page-break-joined'
  | 'line-wrap-joined'
  | 'heading-level'
  | 'heading-promoted'
  | 'heading-bold-removed'
  | 'glossary-entry-joined'
  | 'glossary-entry-numbered'
  | 'glossary-marker-normalised'
  | 'glossary-marker-attached'
  | 'glossary-use-inferred'
  | 'furniture-removed'
  | 'outside-article'
  | 'page-number-removed'
  | 'markup-removed'
  | 'character-folded'
  | 'heading-split'
  | 'heading-unnumbered'
  | 'heading-like-kept'
  | 'paragraph-break-kept'
  | 'paragraph-line-end'
  | 'wrap-after-sentence-end'
  | 'appendix';

export interface Repair {
  kind: RepairKind;
  /** Source line the repair concerns. */
  line: number;
  /** What was done, in a sentence an editor can check against the PDF. */
  detail: string;
}
