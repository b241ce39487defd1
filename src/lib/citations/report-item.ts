/**
 * What we cite, as CSL-JSON items for citation-js. Pure: no Node APIs, no citation-js.
 *
 * One item per style, because the styles' own rules differ on the same facts:
 *
 * - Every item is a CSL `report` with the government as (institutional) author, the
 *   delivery date as `issued`, `accessed`, `URL` (with `#<paragraph id>` when a paragraph
 *   is cited) and `language`. The speaker never becomes an author; he goes into the
 *   BibTeX/RIS note only.
 * - gbt7714: no publisher or place, so the GB/T style takes its electronic-resource form
 *   `题名[R/OL]. (出版日期)[引用日期]. URL` — the form Chinese papers commonly use for a
 *   政府工作报告 online, and the only form in which this style keeps the full date (with
 *   出版地: 出版者 it prints the year only). The document at our URL is our edition, not one printed by the government
 *   in 太原, so not naming a publisher is also the more honest choice. Names are wrapped in
 *   `<span class="nocase">` because the style upper-cases the family part of every name,
 *   which would turn an English institution into "XIAODIAN DISTRICT PEOPLE'S GOVERNMENT".
 * - apa: the publisher is left out when it is the author, as APA 7 asks.
 * - chicago: author and publisher both given, as CMOS does for an organization.
 * - mla: the author is left out when it is also the publisher; the entry then starts with
 *   the title (MLA 9, "organization as author and publisher").
 * - English edition (lang 'en'): the title is our English title; `original-title` keeps
 *   政府工作报告 (rendered "Originally published as …" / "(Original work published as …)");
 *   the translation is marked as ours and unofficial by `translator: Baogao` plus
 *   `genre: Unofficial translation` (APA "(Baogao, Trans.) [Unofficial translation]",
 *   Chicago "Unofficial translation. Translated by Baogao.", GB/T "Baogao, trans.").
 *   MLA gets `genre: Unofficial translation by Baogao` and no translator, because with the
 *   author left out the MLA style would promote the translator to the author position.
 * - English not yet reviewed (`review: 'draft'`: a draft paragraph, or a report with any draft
 *   paragraph) says so wherever the translation is named: genre "Unofficial draft translation,
 *   not yet reviewed" (MLA "Unofficial draft translation by Baogao, not yet reviewed"), and the
 *   BibTeX/RIS note alike. Only reviewed English is cited as a plain "Unofficial translation".
 */
import { localized } from '../../i18n/localized.ts';

export type CitationLang = 'zh-CN' | 'en';

export interface Bilingual {
  zh: string;
  en?: string;
}

export interface CitableReport {
  /** 政府工作报告 / Report on the Work of the Government */
  title: Bilingual;
  /** The people's government: 太原市小店区人民政府 / Xiaodian District People's Government of Taiyuan (src/utils/report-names.ts) */
  author: { zh: string; en: string };
  /** 康建斌 / Kang Jianbin: for the BibTeX/RIS note only; the author is the government. */
  speaker?: Bilingual;
  /** The day the report was delivered, ISO 8601 (2024-02-21). */
  deliveredOn: string;
  /** 第六届人民代表大会第五次会议: for the BibTeX/RIS note only. */
  occasion?: Bilingual;
  /** Place of publication: 太原 / Taiyuan. */
  place: { zh: string; en: string };
  publisher: { zh: string; en: string };
}

export interface CitationTarget {
  report: CitableReport;
  /** The page cited. With a paragraph, its fragment is set to the paragraph id (or must already be it). */
  url: string;
  /** Access date, ISO 8601. */
  accessed: string;
  /** The reader's language: which title, author and CSL locale. */
  lang: CitationLang;
  /**
   * For the English edition: whether the cited English is reviewed, or a draft not yet reviewed
   * (src/utils/citation-target.ts decides per paragraph and per report). Default reviewed.
   */
  review?: 'reviewed' | 'draft';
  /** A cited paragraph: its permanent id (URL fragment) and its margin number (the locator). */
  paragraph?: { id: string; number: string };
  /**
   * BibTeX/RIS key of the whole report, letters, digits and _ only. Default: the first word of
   * the English author, the year and "gwr" (xiaodian2024gwr). The English edition adds `_en`,
   * a paragraph adds `_<id>`: xiaodian2024gwr_en_p12.
   */
  key?: string;
}

export type CslStyleId = 'gbt7714' | 'apa' | 'chicago' | 'mla';

/** Who made the English translation: Baogao (unofficial). */
export const TRANSLATOR = 'Baogao';

const isDraft = (target: CitationTarget) => target.review === 'draft';

/** The kind of work the English edition is, as the CSL `genre` names it; a draft says it is not yet reviewed. */
function translationGenre(target: CitationTarget): string {
  return isDraft(target) ? 'Unofficial draft translation, not yet reviewed' : 'Unofficial translation';
}

export interface CslName {
  literal: string;
}

export interface CslDate {
  'date-parts': [[number, number, number]];
}

/** The subset of CSL-JSON we produce. */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'report';
  title: string;
  'original-title'?: string;
  author?: CslName[];
  translator?: CslName[];
  publisher?: string;
  'publisher-place'?: string;
  genre?: string;
  issued: CslDate;
  accessed: CslDate;
  URL: string;
  language?: string;
  note?: string;
}

/** The CSL locale for the reader's language. */
export function cslLocale(lang: CitationLang): 'zh-CN' | 'en-US' {
  return lang === 'zh-CN' ? 'zh-CN' : 'en-US';
}

/** A strict ISO calendar date (YYYY-MM-DD) as CSL date-parts; throws on anything else. */
export function isoDate(iso: string, what: string): CslDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!match || !date || date.toISOString().slice(0, 10) !== iso) throw new Error(`${what}: expected an ISO date YYYY-MM-DD, got "${iso}"`);
  return { 'date-parts': [[Number(match[1]), Number(match[2]), Number(match[3])]] };
}

/** The URL cited: with a paragraph, the page URL with `#<id>`. */
export function citedUrl(target: CitationTarget): string {
  let url: URL;
  try {
    url = new URL(target.url);
  } catch {
    throw new Error(`citation url: not an absolute URL: "${target.url}"`);
  }
  if (target.paragraph) {
    const fragment = `#${target.paragraph.id}`;
    if (url.hash !== '' && url.hash !== fragment) {
      throw new Error(`citation url ${target.url} points at ${url.hash}, not at the cited paragraph ${fragment}`);
    }
    url.hash = fragment;
  }
  return url.href;
}

const KEY = /^[A-Za-z0-9_]+$/;

/** The BibTeX/RIS key; see CitationTarget.key. */
export function citationKey(target: CitationTarget): string {
  const { report, paragraph, lang } = target;
  let base = target.key;
  if (base === undefined) {
    const word = /[A-Za-z0-9]+/.exec(report.author.en)?.[0]?.toLowerCase() ?? '';
    base = `${word}${isoDate(report.deliveredOn, 'deliveredOn')['date-parts'][0][0]}gwr`;
  }
  const key = [base, ...(lang === 'en' ? ['en'] : []), ...(paragraph ? [paragraph.id] : [])].join('_');
  if (!KEY.test(key)) throw new Error(`citation key "${key}": use letters, digits and _ only`);
  return key;
}

function title(target: CitationTarget): string {
  if (target.lang === 'zh-CN') return target.report.title.zh;
  const { en } = target.report.title;
  if (en === undefined || en.trim() === '')
    throw new Error(`no English title for "${target.report.title.zh}": cannot cite the English edition`);
  return en;
}

const pick = (value: { zh: string; en: string }, lang: CitationLang) => (lang === 'zh-CN' ? value.zh : value.en);

/** Free text for the BibTeX/RIS note: translation, speaker, occasion, paragraph, in the reader's language. */
export function exportNote(target: CitationTarget): string | undefined {
  const { report, paragraph, lang } = target;
  const parts: string[] = [];
  if (lang === 'zh-CN') {
    if (report.speaker) parts.push(`报告人：${report.speaker.zh}`);
    if (report.occasion) parts.push(report.occasion.zh);
    if (paragraph) parts.push(`第 ${paragraph.number} 段`);
    return parts.length > 0 ? parts.join('；') : undefined;
  }
  parts.push(
    isDraft(target)
      ? `Unofficial draft translation by ${TRANSLATOR} of ${report.title.zh}, not yet reviewed`
      : `Unofficial translation by ${TRANSLATOR} of ${report.title.zh}`,
  );
  if (report.speaker) parts.push(`delivered by ${localized(report.speaker, 'en')}`);
  if (report.occasion?.en) parts.push(report.occasion.en);
  if (paragraph) parts.push(`para. ${paragraph.number}`);
  return parts.join('; ');
}

/** What every item has; `language` is added by the callers (the BibTeX item leaves it out). */
function common(target: CitationTarget): Omit<CslItem, 'language'> {
  const key = citationKey(target);
  return {
    id: key,
    'citation-key': key,
    type: 'report',
    title: title(target),
    issued: isoDate(target.report.deliveredOn, 'deliveredOn'),
    accessed: isoDate(target.accessed, 'accessed'),
    URL: citedUrl(target),
  };
}

const nocase = (text: string) => `<span class="nocase">${text}</span>`;

/** The CSL-JSON item one CSL style formats; the rules are in the module comment. */
export function cslItem(target: CitationTarget, style: CslStyleId): CslItem {
  const { report, lang } = target;
  const author = pick(report.author, lang);
  const publisher = pick(report.publisher, lang);
  const place = pick(report.place, lang);
  const en = lang === 'en';
  const item = { ...common(target), language: lang };
  const originalTitle = en ? { 'original-title': report.title.zh } : {};
  const translation = en ? { translator: [{ literal: TRANSLATOR }], genre: translationGenre(target) } : {};
  switch (style) {
    case 'gbt7714':
      return {
        ...item,
        author: [{ literal: nocase(author) }],
        ...(en ? { translator: [{ literal: nocase(TRANSLATOR) }] } : {}),
      };
    case 'apa':
      return {
        ...item,
        ...originalTitle,
        author: [{ literal: author }],
        ...translation,
        ...(publisher === author ? {} : { publisher, 'publisher-place': place }),
      };
    case 'chicago':
      return { ...item, ...originalTitle, author: [{ literal: author }], ...translation, publisher, 'publisher-place': place };
    case 'mla':
      return {
        ...item,
        ...originalTitle,
        ...(publisher === author ? {} : { author: [{ literal: author }] }),
        ...(en
          ? {
              genre: isDraft(target)
                ? `Unofficial draft translation by ${TRANSLATOR}, not yet reviewed`
                : `Unofficial translation by ${TRANSLATOR}`,
            }
          : {}),
        publisher,
        'publisher-place': place,
      };
  }
}

/**
 * The item for the BibTeX (biblatex) and RIS exports: the facts plus the note.
 * - No `language` in BibTeX: biblatex prints the field as is ("zh-CN") in the bibliography.
 * - English edition: BibTeX gets `origtitle` and `translator`; RIS gets neither, because
 *   citation-js then writes the Chinese title as TI and drops the English one (it writes TT
 *   only with an `original-author` too), and RIS has no translator tag for reports. The RIS
 *   record keeps the English title, the genre (M3, "type of work") and the note.
 */
export function exportItem(target: CitationTarget, format: 'bibtex' | 'ris'): CslItem {
  const { report, lang } = target;
  const note = exportNote(target);
  const en = lang === 'en';
  return {
    ...common(target),
    ...(format === 'ris' ? { language: lang } : {}),
    ...(en && format === 'bibtex' ? { 'original-title': report.title.zh, translator: [{ literal: TRANSLATOR }] } : {}),
    ...(en && format === 'ris' ? { genre: translationGenre(target) } : {}),
    author: [{ literal: pick(report.author, lang) }],
    publisher: pick(report.publisher, lang),
    'publisher-place': pick(report.place, lang),
    ...(note === undefined ? {} : { note }),
  };
}
