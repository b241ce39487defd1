/**
 * Traditional characters are kept as written; only matching (of headings,
 * datelines, glossary headings, terms) works on a simplified copy, so 會議 and
 * 名詞解釋 are recognised like 会议 and 名词解释. The copy has the same length
 * as the original, so a match's offsets point into the original text.
 */
import * as OpenCC from 'opencc-js/t2cn';

const toSimplifiedPhrase = OpenCC.Converter({ from: 't', to: 'cn' });

/** A simplified copy of `text` for matching, character for character the same length. */
export function foldScript(text: string): string {
  const whole = toSimplifiedPhrase(text);
  if (whole.length === text.length) return whole;
  return [...text]
    .map((char) => {
      const one = toSimplifiedPhrase(char);
      return one.length === char.length ? one : char;
    })
    .join('');
}
