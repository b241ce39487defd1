/**
 * From a report (and optionally one of its blocks) to what the citation
 * formatter needs, in the reader's language.
 */
import { localizedLang } from '../i18n/localized.ts';
import type { CitationTarget } from '../lib/citations/index.ts';
import type { Region } from '../schemas/region.ts';
import type { Report, ReportBlock } from '../schemas/report.ts';
import { governmentName, placeName } from './report-names.ts';
import { reportUrl } from './urls.ts';

/**
 * Whether the English cited is reviewed: a paragraph by its own state (a pending
 * one, shown in Chinese, by the report's); a report only when none of its
 * English is a draft or stale.
 */
export function citedReview(report: Report, block?: ReportBlock): 'reviewed' | 'draft' {
  const unreviewed = (candidate: ReportBlock) => candidate.enState === 'draft' || candidate.enState === 'stale';
  if (block && block.enState !== 'pending') return unreviewed(block) ? 'draft' : 'reviewed';
  return report.blocks.some(unreviewed) ? 'draft' : 'reviewed';
}

/**
 * The access date printed in citations: SOURCE_DATE_EPOCH (the reproducible-builds
 * convention) when set, so the same content builds to the same bytes; else the
 * build day. Readers citing later should update it.
 */
export function citationDate(): string {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  const date = epoch ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}

export function citationTarget(
  report: Report,
  regions: readonly Region[],
  lang: 'zh-CN' | 'en',
  site: URL,
  block?: ReportBlock,
): CitationTarget {
  const url = new URL(reportUrl(lang, report.region, report.year), site).href + (block ? `#${block.id}` : '');
  const citedLang = localizedLang(report, lang);
  return {
    report: {
      title: { zh: report.zh.title, ...(report.en ? { en: report.en.title } : {}) },
      author: { zh: governmentName(report, regions, 'zh-CN'), en: governmentName(report, regions, 'en') },
      speaker: { zh: report.zh.speaker, ...(report.en ? { en: report.en.speaker } : {}) },
      deliveredOn: report.deliveredOn,
      occasion: { zh: report.zh.occasion, ...(report.en ? { en: report.en.occasion } : {}) },
      place: { zh: placeName(report, regions, 'zh-CN'), en: placeName(report, regions, 'en') },
      publisher: { zh: governmentName(report, regions, 'zh-CN'), en: governmentName(report, regions, 'en') },
    },
    url,
    accessed: citationDate(),
    lang: citedLang,
    ...(citedLang === 'en' ? { review: citedReview(report, block) } : {}),
    key: `${report.region.replace(/-/g, '')}${report.year}gwr`,
    ...(block ? { paragraph: { id: block.id, number: block.number } } : {}),
  };
}
