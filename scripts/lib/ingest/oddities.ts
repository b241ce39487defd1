/**
 * Oddities of the source that stay verbatim but deserve an editor's look, e.g. the
 * stray English word in “借助中介机构、社会组织 and 行业专家”. Listed in the ingest
 * report; an editor can turn one into an editorial note.
 */
export interface Oddity {
  block: string;
  line: number;
  excerpt: string;
  why: string;
}

const STRAY_LATIN_WORD = /[\u4e00-\u9fff、，]\s*([A-Za-z]{2,})\s*[\u4e00-\u9fff]/g;
/** Latin words that legitimately stand inside Chinese report text. */
const KNOWN_WORDS = new Set(['GPU', 'PM', 'VOCs', 'APP', 'AI', 'CPU', 'GDP', 'e']);

export function findOddities(blocks: { id: string; markdown: string; line: number }[]): Oddity[] {
  const oddities: Oddity[] = [];
  for (const block of blocks) {
    for (const match of block.markdown.matchAll(STRAY_LATIN_WORD)) {
      const word = match[1] ?? '';
      if (KNOWN_WORDS.has(word) || word === word.toUpperCase()) continue;
      oddities.push({
        block: block.id,
        line: block.line,
        excerpt: match[0],
        why: `stray Latin word "${word}" in Chinese text (kept verbatim)`,
      });
    }
  }
  return oddities;
}
