/**
 * Characters a copy carries that are not report text and cannot be seen:
 * control characters (NUL from a bad export), zero-width spaces and joiners
 * that break a term in two (“一网\u200b通办”), byte-order marks in mid-text,
 * and private-use characters (icon-font glyphs of a WeChat repost). They are
 * removed before anything else reads the text, each line listed, since a
 * removal is a change a maintainer should see.
 */
export interface InvisibleRemoval {
  line: number;
  /** What was removed, e.g. "2 × U+200B ZERO WIDTH SPACE". */
  what: string;
}

const NAMES: Record<string, string> = {
  '\u200b': 'ZERO WIDTH SPACE',
  '\u200c': 'ZERO WIDTH NON-JOINER',
  '\u200d': 'ZERO WIDTH JOINER',
  '\u2060': 'WORD JOINER',
  '\ufeff': 'ZERO WIDTH NO-BREAK SPACE (BOM)',
  '\u00ad': 'SOFT HYPHEN',
};
// Tab, line feed, form feed and carriage return are layout and stay.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\u00ad\u200b-\u200d\u2060\ufeff\ue000-\uf8ff]/g;

function describe(char: string): string {
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[char] ?? (char >= '\ue000' ? 'private-use character (an icon-font glyph?)' : 'control character');
  return `${code} ${name}`;
}

export function removeInvisibleCharacters(text: string): { text: string; removed: InvisibleRemoval[] } {
  const removed: InvisibleRemoval[] = [];
  const lines = text.split('\n').map((line, index) => {
    const found = line.match(INVISIBLE);
    if (!found) return line;
    const counts = new Map<string, number>();
    for (const char of found) counts.set(char, (counts.get(char) ?? 0) + 1);
    removed.push({ line: index + 1, what: [...counts].map(([char, count]) => `${count} × ${describe(char)}`).join(', ') });
    return line.replace(INVISIBLE, '');
  });
  return { text: lines.join('\n'), removed };
}
