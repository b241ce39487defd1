/**
 * Human-readable margin numbers from the outline: part 2, section 1, paragraph 3
 * → `2.1.3`. Paragraphs before the first section of a part that has sections
 * are `2.0.n`; in a part without sections `1.n`; before the first part `0.n`.
 * Headings get `2` (part) and `2.1` (section). These numbers are for people and
 * may change when the outline changes; links use the permanent block id.
 */
export interface OutlineBlock {
  kind: 'heading' | 'paragraph';
  depth: number;
}

export function numberBlocks(blocks: readonly OutlineBlock[]): string[] {
  let part = 0;
  let section = 0;
  let paragraph = 0;
  return blocks.map((block) => {
    if (block.kind === 'heading' && block.depth <= 2) {
      part++;
      section = 0;
      paragraph = 0;
      return `${part}`;
    }
    if (block.kind === 'heading' && block.depth === 3) {
      section++;
      paragraph = 0;
      return `${part}.${section}`;
    }
    if (block.kind === 'heading') return section > 0 ? `${part}.${section}` : `${part}`;
    paragraph++;
    return section > 0
      ? `${part}.${section}.${paragraph}`
      : partHasSections(blocks, block, part)
        ? `${part}.0.${paragraph}`
        : `${part}.${paragraph}`;
  });
}

/** Whether the part the paragraph belongs to contains any section heading. */
function partHasSections(blocks: readonly OutlineBlock[], paragraph: OutlineBlock, part: number): boolean {
  if (part === 0) return false;
  const start = blocks.indexOf(paragraph);
  for (let index = start + 1; index < blocks.length; index++) {
    const block = blocks[index];
    if (block?.kind === 'heading' && block.depth <= 2) return false;
    if (block?.kind === 'heading' && block.depth === 3) return true;
  }
  return false;
}
