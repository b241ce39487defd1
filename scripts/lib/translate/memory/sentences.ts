/**
 * Sentences of a stored block, for the translation memory. Chinese is cut after
 * 。！？； and before the report's own enumerations (，二是 …, ：（一）…); English
 * after . ! ? followed by a capital, and after ; (the usual rendering of ；).
 * Neither language is cut inside quotes or brackets (“…。”, 《…》, （…）, "…"),
 * closing quotes, bold marks and glossary markers stay with the sentence they
 * close, and a bold run cut in two is closed and reopened so each sentence is
 * valid Markdown on its own. Joining the sentences gives the block back
 * (Chinese with '', English with ' '), up to those added bold marks.
 */
import { isSplittable, tokenize, type InlineToken } from './inline-markup.ts';

const ZH_OPEN = new Set(['“', '‘', '《', '（', '(', '【', '「', '『', '〈', '［']);
const ZH_CLOSE = new Set(['”', '’', '》', '）', ')', '】', '」', '』', '〉', '］']);
const QUOTE_CLOSE = new Set(['”', '’', '」', '』']);
const ZH_END = new Set(['。', '！', '？', '；']);
/** An enumeration starts a sentence of its own: 一是, 第二, （三）. */
const ZH_ENUMERATION = /^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，、]|（[一二三四五六七八九十]+）)/;

const EN_OPEN = new Set(['“', '(', '[']);
const EN_CLOSE = new Set(['”', ')', ']']);
/** Words whose period does not end a sentence. */
const EN_ABBREVIATION = /(?:^|[\s(])(?:No|Nos|Mr|Mrs|Ms|Dr|St|Co|Ltd|Inc|vs|etc|approx|e\.g|i\.e|[A-Z]|[IVXL]+)$/;

interface Cutter {
  /** Whether a sentence may end after this character (outside quotes). */
  ends: (char: string, before: string) => boolean;
  /** Whether, after a sentence-ending character, what follows really starts a new sentence. */
  startsNew: (following: string, endChar: string) => boolean;
  /** Whether a new sentence starts at this character although nothing ended before it. */
  startsEnumeration: (previous: string, following: string) => boolean;
  open: Set<string>;
  close: Set<string>;
  /** Straight quotes toggle (English). */
  toggles: Set<string>;
}

const CHINESE: Cutter = {
  ends: (char) => ZH_END.has(char),
  startsNew: () => true,
  startsEnumeration: (previous, following) => (previous === '，' || previous === '：') && ZH_ENUMERATION.test(following),
  open: ZH_OPEN,
  close: ZH_CLOSE,
  toggles: new Set(),
};

const ENGLISH: Cutter = {
  ends: (char, before) => (char === '.' || char === '!' || char === '?') && !(char === '.' && EN_ABBREVIATION.test(before)),
  startsNew: (following, endChar) => (endChar === ';' ? /^\s+\S/ : /^\s+(?:\*\*)?["“(]?[A-Z0-9]/).test(following),
  startsEnumeration: () => false,
  open: EN_OPEN,
  close: EN_CLOSE,
  toggles: new Set(['"']),
};

export function splitChineseSentences(markdown: string): string[] {
  return split(markdown, CHINESE, '');
}

export function splitEnglishSentences(markdown: string): string[] {
  return split(markdown, ENGLISH, ' ');
}

function split(markdown: string, cutter: Cutter, joiner: string): string[] {
  if (!isSplittable(markdown)) return [markdown];
  const tokens = tokenize(markdown);
  const cuts = cutPoints(tokens, cutter);
  const sentences: string[] = [];
  let bold = false;
  let start = 0;
  for (const cut of [...cuts, tokens.length]) {
    const piece = tokens.slice(start, cut);
    const opened = bold;
    for (const token of piece) if (token.kind === 'bold') bold = !bold;
    let text = piece.map((token) => token.text).join('');
    text = joiner === ' ' ? text.trim() : text;
    if (text.replaceAll('*', '').trim() !== '') sentences.push(`${opened ? '**' : ''}${text}${bold ? '**' : ''}`);
    start = cut;
  }
  return sentences;
}

/** Token indexes where a new sentence starts. */
function cutPoints(tokens: InlineToken[], cutter: Cutter): number[] {
  const cuts: number[] = [];
  const textFrom = (index: number) =>
    tokens
      .slice(index, index + 12)
      .map((token) => token.text)
      .join('');
  const textBefore = (index: number) =>
    tokens
      .slice(Math.max(0, index - 8), index)
      .map((token) => (token.kind === 'char' ? token.text : ''))
      .join('');
  let depth = 0;
  let toggled = false;
  let pendingEnd: string | undefined;
  const boldOpenAt = boldStates(tokens);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (!token || token.kind !== 'char') continue;
    const char = token.text;
    if (cutter.toggles.has(char)) toggled = !toggled;
    else if (cutter.open.has(char)) depth++;
    else if (cutter.close.has(char)) depth = Math.max(0, depth - 1);
    const inside = depth > 0 || toggled;
    if (!inside && cutter.startsEnumeration(char, textFrom(index + 1))) cuts.push(index + 1);
    // A sentence ends after its closing quotes (“……。”), not after a closing bracket: （……。）is inside one.
    if (cutter.ends(char, textBefore(index))) pendingEnd = char;
    else if (!QUOTE_CLOSE.has(char) && !cutter.toggles.has(char)) pendingEnd = undefined;
    if (pendingEnd === undefined || inside) continue;
    const cut = afterClosers(tokens, index + 1, boldOpenAt);
    const nextIsClose =
      tokens[index + 1]?.kind === 'char' &&
      (cutter.close.has(tokens[index + 1]?.text ?? '') || cutter.toggles.has(tokens[index + 1]?.text ?? ''));
    if (nextIsClose) continue;
    if (cut < tokens.length && cutter.startsNew(textFrom(cut), pendingEnd)) cuts.push(cut);
    pendingEnd = undefined;
  }
  return [...new Set(cuts)].filter((cut) => cut > 0 && cut < tokens.length).sort((a, b) => a - b);
}

/** After a sentence's last character: bold marks and glossary markers that close it belong to it. */
function afterClosers(tokens: InlineToken[], index: number, boldOpenAt: boolean[]): number {
  let cut = index;
  for (;;) {
    const token = tokens[cut];
    if (!token) return cut;
    // A bold mark closes the sentence only if bold is open; otherwise it opens the next one.
    if ((token.kind === 'bold' && boldOpenAt[cut] === true) || (token.kind === 'script' && token.marker)) cut++;
    else if (token.kind === 'char' && QUOTE_CLOSE.has(token.text)) cut++;
    else return cut;
  }
}

/** For each token, whether bold is open just before it. */
function boldStates(tokens: InlineToken[]): boolean[] {
  let bold = false;
  return tokens.map((token) => {
    const before = bold;
    if (token.kind === 'bold') bold = !bold;
    return before;
  });
}
