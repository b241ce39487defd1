/**
 * A partial draft: the sentences the memory has no English for stay in the
 * draft in Chinese, between ⟦ ⟧ with a label, where they belong, so neither a
 * translator nor a reader can take the English for the whole paragraph:
 *
 *     We built 12,000 mu of high-standard farmland. ⟦not yet translated: 现代农业加快发展。⟧
 *
 * The translation check reads figures and terms of the drafted part only, and
 * warns about each gap.
 */
import { replaceGlossaryMarkers, withoutBold } from './inline-markup.ts';
import { splitChineseSentences } from './sentences.ts';

import { GAP_CLOSE as CLOSE, GAP_OPEN as OPEN } from '../../../../src/lib/untranslated-gaps.ts';
const GAP = /⟦not yet translated: ([^⟧]*)⟧/g;

/** A Chinese sentence left untranslated, as it stands in a draft (without bold and glossary markers, which belong to the English). */
export function formatGap(chineseSentence: string): string {
  return `${OPEN}${replaceGlossaryMarkers(withoutBold(chineseSentence), []).trim()}${CLOSE}`;
}

/** The Chinese sentences a draft leaves untranslated. */
export function gapsOf(english: string): string[] {
  return [...english.matchAll(GAP)].map((match) => match[1] ?? '');
}

/** The drafted part of a block: the Chinese without the gap sentences, the English without the gaps. */
export function draftedPart(chinese: string, english: string): { zh: string; en: string } {
  const gaps = new Set(gapsOf(english));
  if (gaps.size === 0) return { zh: chinese, en: english };
  const zh = splitChineseSentences(chinese)
    .filter((sentence) => !gaps.has(replaceGlossaryMarkers(withoutBold(sentence), []).trim()))
    .join('');
  return {
    zh,
    en: english
      .replace(GAP, '')
      .replace(/\s{2,}/g, ' ')
      .trim(),
  };
}
