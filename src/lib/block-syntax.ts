/**
 * The on-disk syntax of an ingested report body (`zh.mdx`), shared by the ingest
 * command (which writes it and reads it back to keep ids stable) and the site's
 * content loader (which reads it). One rule, one place.
 *
 * Every block is preceded by an MDX comment that carries its permanent id:
 *
 *     {/* #p12 *\/}
 *     **一年来，……。**坚持以粮为基……
 *
 *     {/* #s3 *\/}
 *     ### （一）坚持优化结构、提升能级，持续增强经济发展新动能
 *
 * The comment is invisible when the file is rendered as MDX, so the file stays a
 * valid, readable MDX document that an editor can change by hand.
 */

/** Kinds of block in a report body. */
export type BlockKind = 'paragraph' | 'heading';

/** One block of a report body as stored on disk. */
export interface StoredBlock {
  /** Permanent id, e.g. `p12` (paragraph) or `s3` (heading). */
  id: string;
  kind: BlockKind;
  /** Heading depth (2 = part, 3 = section); 0 for paragraphs. */
  depth: number;
  /** The block's Markdown without the heading hashes. */
  markdown: string;
  /** 1-based line of the block's first Markdown line in the file. */
  line: number;
}

/** Ids are a letter and a number: p for paragraphs, s for headings (sections). */
export const BLOCK_ID_PATTERN = /^[ps][1-9][0-9]*$/;

const MARKER_PATTERN = /^\{\/\* #([a-z0-9-]+) \*\/\}$/;

/** `{/* #p12 *\/}` for id `p12`. */
export function formatBlockMarker(id: string): string {
  return `{/* #${id} */}`;
}

/** Serialise blocks to the `zh.mdx` body syntax. */
export function formatBlocks(blocks: readonly Pick<StoredBlock, 'id' | 'kind' | 'depth' | 'markdown'>[]): string {
  return blocks
    .map((block) => {
      const body = block.kind === 'heading' ? `${'#'.repeat(block.depth)} ${block.markdown}` : block.markdown;
      return `${formatBlockMarker(block.id)}\n${body}\n`;
    })
    .join('\n');
}

/** A problem found while reading a body file, with its line. */
export interface BlockSyntaxProblem {
  line: number;
  message: string;
}

/**
 * Parse a `zh.mdx` body into blocks. Problems (a block without an id marker,
 * a malformed or duplicate id) are returned, never thrown, so callers can name
 * the file in their own error format.
 */
export function parseBlocks(source: string): { blocks: StoredBlock[]; problems: BlockSyntaxProblem[] } {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: StoredBlock[] = [];
  const problems: BlockSyntaxProblem[] = [];
  const seen = new Map<string, number>();
  let pendingId: { id: string; line: number } | undefined;
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    const lineNumber = index + 1;
    if (line.trim() === '') {
      index++;
      continue;
    }
    const marker = MARKER_PATTERN.exec(line.trim());
    if (marker?.[1]) {
      if (pendingId) problems.push({ line: pendingId.line, message: `id marker #${pendingId.id} is not followed by a block` });
      const id = marker[1];
      if (!BLOCK_ID_PATTERN.test(id))
        problems.push({ line: lineNumber, message: `"${id}" is not a valid block id (expected p<n> or s<n>)` });
      const earlier = seen.get(id);
      if (earlier !== undefined) problems.push({ line: lineNumber, message: `duplicate block id #${id} (first used on line ${earlier})` });
      seen.set(id, lineNumber);
      pendingId = { id, line: lineNumber };
      index++;
      continue;
    }
    const start = index;
    while (index < lines.length && (lines[index] ?? '').trim() !== '' && !MARKER_PATTERN.test((lines[index] ?? '').trim())) index++;
    const text = lines.slice(start, index).join('\n');
    if (!pendingId) {
      problems.push({
        line: start + 1,
        message: 'block has no id marker; add a line like {/* #p99 */} above it, with an id not used elsewhere',
      });
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/s.exec(text);
    blocks.push(
      heading?.[1] && heading[2] !== undefined
        ? { id: pendingId.id, kind: 'heading', depth: heading[1].length, markdown: heading[2], line: start + 1 }
        : { id: pendingId.id, kind: 'paragraph', depth: 0, markdown: text, line: start + 1 },
    );
    pendingId = undefined;
  }
  if (pendingId) problems.push({ line: pendingId.line, message: `id marker #${pendingId.id} is not followed by a block` });
  return { blocks, problems };
}
