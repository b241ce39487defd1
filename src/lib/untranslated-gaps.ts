/**
 * The mark of a sentence a partial draft leaves in Chinese: `⟦not yet translated: …⟧`, written by the
 * translation memory (scripts/lib/translate/memory/gaps.ts), marked as Chinese on the page
 * (src/markdown/rehype-untranslated-gaps.ts), and never shown as reviewed English (english-provenance.ts).
 */
export const GAP_OPEN = '⟦not yet translated: ';
export const GAP_CLOSE = '⟧';

/** True when the English still leaves a sentence untranslated. */
export function hasUntranslatedGap(english: string): boolean {
  return english.includes(GAP_OPEN);
}
