/**
 * A simplified text whose text layer holds a few traditional characters: some
 * PDF writers map a glyph that a simplified and a traditional character share
 * to the traditional code point (Chromium with Noto CJK writes 戶 where the
 * page shows 户). Which one the page shows cannot be read from the text layer,
 * so nothing is changed; the characters are named for the editor to check.
 */
import { foldScript } from '../script-folding.ts';

/** Above this share of traditional characters the text is a traditional one, written so on purpose. */
const TRADITIONAL_TEXT = 0.05;

/** The traditional characters of a simplified text ("戶 (2×), 產 (1×)" and the characters); undefined otherwise. */
export function traditionalCharacters(text: string): { summary: string; characters: string[] } | undefined {
  const han = text.match(/[\u3400-\u9fff]/g) ?? [];
  if (han.length === 0) return undefined;
  const folded = [...foldScript(han.join(''))];
  const counts = new Map<string, number>();
  han.forEach((char, index) => {
    if (folded[index] !== char) counts.set(char, (counts.get(char) ?? 0) + 1);
  });
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  if (total === 0 || total > han.length * TRADITIONAL_TEXT) return undefined;
  return { summary: [...counts].map(([char, count]) => `${char} (${count}×)`).join(', '), characters: [...counts.keys()] };
}
