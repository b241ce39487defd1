/**
 * Split source text into blocks separated by blank lines, remembering the line
 * each block starts on so every later diagnostic can name it.
 */
export interface SourceBlock {
  /** The block's lines, untouched. */
  lines: string[];
  /** 1-based line of the first line. */
  line: number;
}

export function splitBlocks(text: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let current: SourceBlock | undefined;
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') {
      current = undefined;
      return;
    }
    if (!current) {
      current = { lines: [], line: index + 1 };
      blocks.push(current);
    }
    current.lines.push(line);
  });
  return blocks;
}

/** True for an ATX heading line (`#` … `######`). */
export function isHeadingLine(line: string): boolean {
  return /^#{1,6}\s/.test(line.trim());
}
