/**
 * What each PDF edition of a report is: the page printed, the file, and the
 * document metadata (title, author, subject, keywords), in the edition's
 * language. PdfLinks.astro links the editions it describes, and the PDF step
 * prints them (site-editions.ts), so the pages and the PDFs are described by one
 * function from the same report data. The metadata phrases are UI strings
 * (src/i18n); the author is the government's name as the citations give it
 * (src/utils/report-names.ts).
 */
import { localized } from '../../i18n/localized.ts';
import { translatorFor, type Translate } from '../../i18n/translator.ts';
import type { Region } from '../../schemas/region.ts';
import type { Report } from '../../schemas/report.ts';
import { governmentName, regionAndParent } from '../../utils/report-names.ts';
import { reportUrl } from '../../utils/urls.ts';
import { editionId, editionsOf, type PdfEdition, type PdfEditionManifest } from './editions.ts';

export interface EditionSources {
  report: Report;
  /** Every region (regions.json): the report's own and its enclosing region are named. */
  regions: readonly Region[];
  /** Site path (with the base) of the page an edition is printed from. */
  pageOf: (edition: PdfEdition) => string;
  /** Site path (with the base) of the PDF with this id. */
  hrefOf: (id: string) => string;
}

interface LanguageTexts {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
}

// Datelines are printed as "——2024年2月21日在…上"; the dashes are typography, not subject.
const withoutDashes = (dateline: string) => dateline.replace(/^[—–-]+\s*/, '');
// Glossary terms are printed in quotes (“惠商保”); keywords are the bare terms.
const withoutQuotes = (term: string) => term.replace(/["“”「」]/g, '').trim();

function chineseTexts({ report, regions }: EditionSources, t: Translate): LanguageTexts {
  return {
    title: t('pdf.title', { place: report.place, year: report.year, title: report.zh.title }),
    author: governmentName(report, regions, 'zh-CN'),
    subject: withoutDashes(report.zh.dateline),
    keywords: [report.zh.title, report.place, String(report.year), ...report.glossary.map((entry) => withoutQuotes(entry.term))],
  };
}

function englishTexts({ report, regions }: EditionSources, t: Translate): LanguageTexts {
  const texts = localized(report, 'en');
  const { region, parent } = regionAndParent(report, regions);
  const regionName = region?.name.en ?? report.region;
  const place = [regionName, parent?.name.en].filter(Boolean).join(', ');
  return {
    title: t('pdf.title', { place, year: report.year, title: texts.title }),
    author: governmentName(report, regions, 'en'),
    subject: withoutDashes(texts.dateline),
    keywords: [
      texts.title,
      regionName,
      ...(parent ? [parent.name.en] : []),
      String(report.year),
      ...report.glossary.flatMap((entry) => (entry.en ? [withoutQuotes(entry.en.term)] : [])),
    ],
  };
}

function bilingualTexts(zh: LanguageTexts, en: LanguageTexts): LanguageTexts {
  return {
    title: `${zh.title} / ${en.title}`,
    author: `${zh.author} / ${en.author}`,
    subject: `${zh.subject} / ${en.subject}`,
    keywords: [...zh.keywords, ...en.keywords],
  };
}

/** The page an edition is printed from: the report in Chinese or in English, or side by side. */
export function editionPage(report: Report, edition: PdfEdition): string {
  return edition === 'en'
    ? reportUrl('en', report.region, report.year)
    : reportUrl('zh-CN', report.region, report.year, edition === 'bilingual' ? 'parallel' : 'read');
}

export function describeEditions(sources: EditionSources): PdfEditionManifest[] {
  const { report } = sources;
  const zh = chineseTexts(sources, translatorFor('zh-CN'));
  const en = englishTexts(sources, translatorFor('en'));
  const hasEnglish = report.languages.includes('en') && report.en !== undefined;
  return editionsOf(hasEnglish).map((edition) => {
    const id = editionId(report.region, report.year, edition);
    const texts = edition === 'zh' ? zh : edition === 'en' ? en : bilingualTexts(zh, en);
    return {
      id,
      edition,
      page: sources.pageOf(edition),
      href: sources.hrefOf(id),
      date: report.deliveredOn,
      lang: edition === 'en' ? 'en' : 'zh-CN',
      ...texts,
      keywords: [...new Set(texts.keywords.filter(Boolean))],
    };
  });
}
