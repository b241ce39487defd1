/**
 * One search record per paragraph, heading and glossary entry, in each language
 * it exists in, all in one index (language `en`, see index-text.ts). Every
 * record is its own Pagefind result with a deep link to its block id, and
 * filters whose values are language-neutral keys (the region slug, the year,
 * the part's outline number, the kind, the language), so a facet lists each
 * thing once and the search page labels it in the page's language. Built from
 * the aligned model, never from rendered HTML, so navigation, popovers and
 * margin numbers can never leak into the index or its excerpts. No Pagefind sort
 * keys: a sort is one ordering of every record in the index's metadata, which
 * every first query downloads; the search page sorts by year from its year
 * filter (client/pagefind.ts).
 */
import { inLanguage } from '../i18n/localized.ts';
import type { Indicator } from '../schemas/indicators.ts';
import type { Report } from '../schemas/report.ts';
import { keyFiguresUrl, reportUrl } from '../utils/urls.ts';
import { indexText } from './index-text.ts';

/** The one index's language: Pagefind's English stemmer for Latin words; CJK characters are words of their own. */
export const INDEX_LANGUAGE = 'en';

export interface SearchRecord {
  url: string;
  /** The text as index-text.ts writes it (displayText gives it back). */
  content: string;
  language: typeof INDEX_LANGUAGE;
  /** Nothing: Pagefind searches metadata too, and every query must match the text alone. */
  meta: Record<string, string>;
  filters: SearchFilters;
}

/**
 * Facets (region, year, part, kind, language) and what a result shows
 * (report, number). Filter values are in the result's fragment; only the
 * facets' filter files are loaded by the search page.
 */
export interface SearchFilters {
  region: [string];
  year: [string];
  /** The part's outline number ("1", "2" …), "0" before the first part, "glossary" for 名词解释 entries, "figures" for a key-figures page. */
  part: [string];
  kind: ['paragraph' | 'heading' | 'glossary' | 'figures'];
  language: ['zh' | 'en'];
  /** region/year, the report the record belongs to. */
  report: [string];
  /** The block's margin number, or the glossary entry's number. */
  number: [string];
  [key: string]: string[];
}

/** The filters the search page counts and offers. */
export const FACETS = ['region', 'year', 'part', 'kind', 'language'] as const;
export type Facet = (typeof FACETS)[number];

/** Filter values are language-neutral codes; the search page labels them. */
export const LANGUAGE_FILTER = { 'zh-CN': 'zh', en: 'en' } as const;

/** A report's key, region/year: its records' `report` filter, and how search-shards.ts assigns them. */
export const reportKey = (report: Pick<Report, 'region' | 'year'>): string => `${report.region}/${String(report.year)}`;

function partKey(report: Report, partId: string): string {
  return report.blocks.find((candidate) => candidate.id === partId)?.number || '0';
}

/**
 * The text a key-figures page is found by: its title and the names of the
 * indicators it lists, in the page's language (in Chinese also every name the
 * reports use, 区域地区生产总值 beside 地区生产总值; in English also the names the
 * press uses, `enAlso`), so 固定资产投资, "investment in fixed assets" or
 * "fixed-asset investment" finds it.
 */
/** An indicator's English name, with the other names it is searched by in brackets: gross regional product (GDP). */
function englishNames(indicator: Indicator): string {
  return indicator.enAlso === undefined ? indicator.en : `${indicator.en} (${indicator.enAlso.join(', ')})`;
}

function keyFiguresText(report: Report, indicators: readonly Indicator[], lang: 'zh-CN' | 'en'): string | undefined {
  const keys = new Set((report.figures ?? []).flatMap((figure) => (figure.indicator === undefined ? [] : [figure.indicator])));
  const listed = indicators.filter((indicator) => keys.has(indicator.key));
  if (listed.length === 0) return undefined;
  if (lang === 'en') return `Key figures: ${listed.map((indicator) => englishNames(indicator)).join('; ')}`;
  const subjects = new Set((report.figures ?? []).filter((figure) => figure.indicator !== undefined).map((figure) => figure.subject));
  return `主要指标：${[...new Set([...listed.map((indicator) => indicator.zh), ...subjects])].join('；')}`;
}

export function buildSearchRecords(reports: readonly Report[], indicators: readonly Indicator[] = []): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const report of reports) {
    for (const lang of ['zh-CN', 'en'] as const) {
      const page = (url: string, text: string, filters: Pick<SearchFilters, 'part' | 'kind' | 'number'>): SearchRecord => ({
        url,
        content: indexText(text),
        language: INDEX_LANGUAGE,
        meta: {},
        filters: {
          region: [report.region],
          year: [String(report.year)],
          language: [LANGUAGE_FILTER[lang]],
          report: [reportKey(report)],
          ...filters,
        },
      });
      // The key-figures page exists in both languages, translated report or not: its names come from indicators.json.
      const figuresText = keyFiguresText(report, indicators, lang);
      if (figuresText)
        records.push(
          page(keyFiguresUrl(lang, report.region, report.year), figuresText, { part: ['figures'], kind: ['figures'], number: ['figures'] }),
        );
      if (!inLanguage(report, lang)) continue;
      const record = (anchor: string, text: string, filters: Pick<SearchFilters, 'part' | 'kind' | 'number'>): SearchRecord =>
        page(`${reportUrl(lang, report.region, report.year)}#${anchor}`, text, filters);
      for (const block of report.blocks) {
        const text = inLanguage(block, lang);
        if (!text) continue;
        records.push(record(block.id, text.text, { part: [partKey(report, block.part)], kind: [block.kind], number: [block.number] }));
      }
      for (const entry of report.glossary) {
        const english = lang === 'en' ? entry.en : undefined;
        if (lang === 'en' && !english) continue;
        const text = english ? `${english.term} (${entry.term}): ${english.definitionText}` : `${entry.term}：${entry.definitionText}`;
        records.push(record(`g-${entry.key}`, text, { part: ['glossary'], kind: ['glossary'], number: [String(entry.n)] }));
      }
    }
  }
  return records;
}
