/**
 * A stored paragraph's sentence pairs, when they can be told reliably: the
 * Chinese and English sentences (sentences.ts) are aligned by length
 * (align.ts), where every bead must also carry the same figures (the
 * translation check's figure rules), the term base renderings of its Chinese
 * terms and as many glossary markers on both sides: these anchors keep the
 * length model from shifting a boundary in these figure-dense reports. Otherwise the paragraph is used only whole.
 */
import {
  chineseEvidence,
  compareExtractedFigures,
  compareFigures,
  extractChineseFigures,
  extractEnglishFigures,
  type Figure,
} from '../../../../src/lib/figures.ts';
import { NUMBER_WORDS } from '../../../../src/lib/figures/english-number-words.ts';
import { checkTermBase } from '../../../../src/lib/termbase.ts';
import type { TermBaseEntry } from '../../../../src/schemas/termbase.ts';
import { alignSentences, type Bead, type LengthModel } from './align.ts';
import { glossaryMarkers, visibleText } from './inline-markup.ts';
import { splitChineseSentences, splitEnglishSentences } from './sentences.ts';

export interface SentencePair {
  zh: string;
  en: string;
}

/** The paragraph's sentence pairs (beads of 1–4 sentences a side), or undefined when it cannot be aligned reliably. */
export function alignParagraph(zh: string, en: string, model: LengthModel, termBase: readonly TermBaseEntry[]): SentencePair[] | undefined {
  const zhSentences = splitChineseSentences(zh);
  const enSentences = splitEnglishSentences(en);
  if (zhSentences.length === 1 && enSentences.length === 1) return [{ zh, en }];
  const pairOf = (bead: Bead): SentencePair => ({
    zh: zhSentences.slice(bead.zhStart, bead.zhStart + bead.zh).join(''),
    en: enSentences.slice(bead.enStart, bead.enStart + bead.en).join(' '),
  });
  // Each sentence's figures are read once; a bead's are its sentences' together.
  const zhFigures = zhSentences.map(chineseSentenceFigures);
  const enFigures = enSentences.map(englishSentenceFigures);
  const beads = alignSentences(
    zhSentences.map((sentence) => visibleText(sentence).length),
    enSentences.map((sentence) => visibleText(sentence).length),
    model,
    (bead) => {
      const figures = beadFigures(
        zhFigures.slice(bead.zhStart, bead.zhStart + bead.zh),
        enFigures.slice(bead.enStart, bead.enStart + bead.en),
      );
      return figures ? pairPenalty(pairOf(bead), termBase, figures) : Infinity;
    },
  );
  return beads?.map(pairOf);
}

interface SentenceFigures {
  figures: Figure[];
  /** For Chinese: every value the sentence mentions (the figure check's evidence). */
  evidence: number[];
}

function chineseSentenceFigures(sentence: string): SentenceFigures {
  if (!/\d/.test(visibleText(sentence)) && !/[一二三四五六七八九十百千万亿两〇零]/.test(sentence)) return { figures: [], evidence: [] };
  const figures = extractChineseFigures(sentence);
  return { figures, evidence: chineseEvidence(sentence, figures) };
}

/** Digits or a number word: only such a sentence has figures to read (reading costs a Markdown parse). */
const ENGLISH_NUMBER = new RegExp(String.raw`\d|\b(?:${NUMBER_WORDS})\b`, 'i');

function englishSentenceFigures(sentence: string): SentenceFigures {
  return { figures: ENGLISH_NUMBER.test(visibleText(sentence)) ? extractEnglishFigures(sentence) : [], evidence: [] };
}

/** Whether a bead's figures agree, as the figure check would find on its joined sentences. */
function beadFigures(zh: readonly SentenceFigures[], en: readonly SentenceFigures[]): boolean {
  const zhFigures = zh.flatMap((sentence) => sentence.figures);
  const enFigures = en.flatMap((sentence) => sentence.figures);
  if (zhFigures.length === 0 && !enFigures.some((figure) => /\d/.test(figure.raw))) return true;
  return (
    compareExtractedFigures(
      zhFigures,
      enFigures,
      zh.flatMap((sentence) => sentence.evidence),
    ).length === 0
  );
}

/** What a bead costs beyond its lengths (in the aligner's units, nats). */
const TERM_PENALTY = 6;

/**
 * How unlikely a pair is to be a translation pair beyond its lengths: Infinity
 * (never) when figures or the number of glossary markers differ; extra for each
 * term the term base renders on one side only and each Chinese word the English
 * quotes ("Beautiful Xiaodian" (大美小店)) that the Chinese lacks. Terms only
 * weigh, since a rendering can stand for an abbreviation the base does not list.
 */
export function pairPenalty(pair: SentencePair, termBase: readonly TermBaseEntry[], figuresChecked = false): number {
  if (glossaryMarkers(pair.zh).length !== glossaryMarkers(pair.en).length) return Infinity;
  if (!figuresChecked && !figuresAgree(pair.zh, pair.en)) return Infinity;
  const quoted = (pair.en.match(/\p{Script=Han}+/gu) ?? []).filter((han) => !pair.zh.includes(han)).length;
  const terms = checkTermBase(termBase, [{ id: '', ...pair }]).length + rendersAbsentTerm(pair, termBase);
  return TERM_PENALTY * (quoted + terms);
}

/** The English has a term base rendering whose Chinese term the Chinese lacks: the term sits in a neighbouring sentence. */
function rendersAbsentTerm(pair: SentencePair, termBase: readonly TermBaseEntry[]): number {
  const english = pair.en.toLowerCase();
  return termBase.filter(
    (entry) =>
      (entry.match ?? [entry.en]).some((form) => english.includes(form.toLowerCase())) && !entry.zh.some((form) => pair.zh.includes(form)),
  ).length;
}

/** Whether a Chinese and an English text carry the same figures (a quick yes when neither has a digit). */
export function figuresAgree(zh: string, en: string): boolean {
  if (!/\d/.test(visibleText(zh)) && !/\d/.test(visibleText(en))) return true;
  return compareFigures(zh, en).length === 0;
}
