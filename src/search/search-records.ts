/**
 * One search record per paragraph, heading and glossary entry, in each language
 * it exists in. Every record is its own Pagefind result, with its own filters
 * (year, region, language, part of the report) and a deep link to its block id.
 * Built from the aligned model, never from rendered HTML, so navigation,
 * popovers and margin numbers can never leak into the index or its excerpts.
 */
import { inLanguage, localized } from '../i18n/localized.ts';
import type { Region } from '../schemas/region.ts';
import type { Report, ReportBlock } from '../schemas/report.ts';
import { regionDisplayName } from '../utils/report-names.ts';
import { reportUrl } from '../utils/urls.ts';

export interface SearchRecord {
  url: string;
  content: string;
  /** Pagefind index language: one Chinese tag (zh) everywhere, and en. */
  language: 'zh' | 'en';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Filter values are language-neutral codes; the search page labels them. */
export const LANGUAGE_FILTER = { 'zh-CN': 'zh', en: 'en' } as const;

function partLabel(report: Report, block: ReportBlock, lang: 'zh-CN' | 'en'): string {
  const part = report.blocks.find((candidate) => candidate.id === block.part);
  if (!part) return lang === 'en' ? 'Opening' : '开篇';
  return localized(part, lang).text;
}

export function buildSearchRecords(reports: readonly Report[], regions: readonly Region[]): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const report of reports) {
    for (const lang of ['zh-CN', 'en'] as const) {
      const texts = inLanguage(report, lang);
      if (!texts) continue;
      const base = {
        language: LANGUAGE_FILTER[lang],
        region: regionDisplayName(report, regions, lang),
        reportTitle: `${regionDisplayName(report, regions, lang)} · ${report.year} · ${texts.title}`,
      };
      const common = (part: string) => ({
        filters: { year: [String(report.year)], region: [base.region], language: [base.language], part: [part] },
        sort: { year: String(report.year) },
      });
      for (const block of report.blocks) {
        const text = inLanguage(block, lang);
        if (!text) continue;
        records.push({
          url: `${reportUrl(lang, report.region, report.year)}#${block.id}`,
          content: text.text,
          language: base.language,
          meta: {
            title: base.reportTitle,
            year: String(report.year),
            number: block.number,
            kind: block.kind,
            report: `${report.region}/${report.year}`,
            block: block.id,
          },
          ...common(partLabel(report, block, lang)),
        });
      }
      for (const entry of report.glossary) {
        const english = lang === 'en' ? entry.en : undefined;
        if (lang === 'en' && !english) continue;
        records.push({
          url: `${reportUrl(lang, report.region, report.year)}#g-${entry.key}`,
          content: english ? `${english.term} (${entry.term}): ${english.definitionText}` : `${entry.term}：${entry.definitionText}`,
          language: base.language,
          meta: {
            title: base.reportTitle,
            year: String(report.year),
            number: lang === 'en' ? `Glossary ${entry.n}` : `名词解释 ${entry.n}`,
            kind: 'glossary',
            report: `${report.region}/${report.year}`,
            block: `g-${entry.key}`,
          },
          ...common(lang === 'en' ? 'Glossary' : '名词解释'),
        });
      }
    }
  }
  return records;
}
