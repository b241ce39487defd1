/**
 * The URL scheme, in one place. Chinese is the original and has no prefix;
 * English pages live under /en/. Every view is its own static page and every
 * paragraph anchor (#p12) is the same in all of them:
 *
 *   /                                   home (zh)          /en/                              home (en)
 *   /taiyuan-xiaodian/2024/             report in Chinese  /en/taiyuan-xiaodian/2024/        report in English
 *   /taiyuan-xiaodian/2024/parallel/    side by side       /en/taiyuan-xiaodian/2024/parallel/
 *   /taiyuan-xiaodian/2024/interleaved/ interleaved        /en/taiyuan-xiaodian/2024/interleaved/
 *   /taiyuan-xiaodian/2024/blocks.json  the report's paragraphs as the Chinese page shows them, loaded by the
 *                                       English page on demand (and /en/…/blocks.json by the Chinese page)
 *   /taiyuan-xiaodian/2024/changes/     changes to the English (reports with English only; and /en/…)
 *   /glossary/, /glossary/<key>/        glossary and term pages (and /en/…)
 *   /taiyuan-xiaodian/2024/figures/     key figures        /en/taiyuan-xiaodian/2024/figures/
 *   /taiyuan-xiaodian/targets/          targets and results over the years (and /en/…)
 *   /targets/2024/                      one year's targets of every region (and /en/…)
 *   /taiyuan-xiaodian/2024/figures.csv  downloads (.csv, .json; one per report, and
 *   /taiyuan-xiaodian/targets.csv       one per region: no language prefix)
 *   /search/, /about/                   search and about (and /en/…)
 *
 * Every page (but the bilingual 404 and the redirect pages of old paths) exists
 * in both languages at the same path, so one route file serves both: its first
 * segment is the optional `[...lang]` (src/pages/[...lang]/,
 * src/utils/lang-paths.ts), and the hreflang links and the language switch
 * are this path with the other prefix.
 */
import { UI_LANGS, type UiLang } from '../i18n/langs.ts';

export type ReportView = 'read' | 'parallel' | 'interleaved';
export const REPORT_VIEWS: readonly ReportView[] = ['read', 'parallel', 'interleaved'];

// The deployment base, as Vite was given it (pages, client code). Build steps load this module in Node, outside
// Vite, where there is none: there these functions return site paths (src/integrations/shared/under-base.ts).
const BASE = ((import.meta.env as Partial<ImportMetaEnv> | undefined)?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** Prefix a site path (starting with /) with the deployment base. */
export function withBase(path: string): string {
  return BASE + path.replace(/^\//, '');
}

/** The optional first segment of a path in `lang` (the `[...lang]` route parameter): none for Chinese, `en` for English. */
export function langSegment(lang: UiLang): 'en' | undefined {
  return lang === 'en' ? 'en' : undefined;
}

export function langPrefix(lang: UiLang): string {
  const segment = langSegment(lang);
  return segment ? `/${segment}` : '';
}

/** The language the language switch leads to. */
export function otherLang(lang: UiLang): UiLang {
  return lang === 'en' ? 'zh-CN' : 'en';
}

/** The UI language of a site path (without base): /en/… is English. */
export function pathToLang(pathname: string): UiLang {
  const path = pathname.startsWith(BASE) ? `/${pathname.slice(BASE.length)}` : pathname;
  return path === '/en' || path.startsWith('/en/') ? 'en' : 'zh-CN';
}

export function homeUrl(lang: UiLang): string {
  return withBase(`${langPrefix(lang)}/`);
}

export function reportUrl(lang: UiLang, region: string, year: number, view: ReportView = 'read'): string {
  return withBase(`${langPrefix(lang)}/${region}/${year}/${view === 'read' ? '' : `${view}/`}`);
}

/** The file of a report's paragraphs as its page in `lang` shows them (src/utils/other-language.ts). */
export function reportBlocksUrl(lang: UiLang, region: string, year: number): string {
  return withBase(`${langPrefix(lang)}/${region}/${year}/blocks.json`);
}

export function glossaryUrl(lang: UiLang, key?: string): string {
  return withBase(`${langPrefix(lang)}/glossary/${key ? `${key}/` : ''}`);
}

export function searchUrl(lang: UiLang): string {
  return withBase(`${langPrefix(lang)}/search/`);
}

export function aboutUrl(lang: UiLang): string {
  return withBase(`${langPrefix(lang)}/about/`);
}

/** The same page in the other UI language. */
export function switchLangUrl(pathname: string, to: UiLang): string {
  const path = pathname.startsWith(BASE) ? `/${pathname.slice(BASE.length)}` : pathname;
  const bare = path.replace(/^\/en(\/|$)/, '/');
  return withBase(`${langPrefix(to)}${bare}`);
}

/**
 * The hreflang links of a page (with the base): the page in each language, and the
 * Chinese original as x-default, the version for readers of neither language.
 */
export function languageAlternates(pathname: string): { hreflang: UiLang | 'x-default'; href: string }[] {
  return [
    ...UI_LANGS.map((lang) => ({ hreflang: lang, href: switchLangUrl(pathname, lang) })),
    { hreflang: 'x-default', href: switchLangUrl(pathname, 'zh-CN') },
  ];
}

/** A paragraph's share page: its social preview shows the paragraph; it forwards to the report. */
export function quoteUrl(lang: UiLang, region: string, year: number, blockId: string): string {
  return withBase(`${langPrefix(lang)}/${region}/${year}/${blockId}/`);
}

/** A report's changes page: every revision of its published English, with what changed. */
export function changesUrl(lang: UiLang, region: string, year: number): string {
  return withBase(`${langPrefix(lang)}/${region}/${year}/changes/`);
}

/** A report's cite page: the report's citation in every format, and a link to each paragraph's cite page. */
export function reportCiteUrl(lang: UiLang, region: string, year: number): string {
  return withBase(`${langPrefix(lang)}/${region}/${year}/cite/`);
}

/** A paragraph's cite page (all citation formats, reachable without JavaScript). */
export function citeUrl(lang: UiLang, region: string, year: number, blockId: string): string {
  return withBase(`${langPrefix(lang)}/${region}/${year}/cite/${blockId}/`);
}

/** A report's key-figures page: the results and targets it states (src/pages/[...lang]/[region]/[year]/figures.astro). */
export function keyFiguresUrl(lang: UiLang, region: string, year: number): string {
  return withBase(`${langPrefix(lang)}/${region}/${year}/figures/`);
}

/** A region's targets beside its results over the years. */
export function regionTargetsUrl(lang: UiLang, region: string): string {
  return withBase(`${langPrefix(lang)}/${region}/targets/`);
}

/** One year's targets of every region, side by side. */
export function yearTargetsUrl(lang: UiLang, year: number): string {
  return withBase(`${langPrefix(lang)}/targets/${year}/`);
}

export type DataFormat = 'csv' | 'json';

/** A report's figures as a download (one file for both languages: it carries both names). */
export function figuresDownloadUrl(region: string, year: number, format: DataFormat): string {
  return withBase(`/${region}/${year}/figures.${format}`);
}

/** A region's target-and-result series as a download. */
export function targetsDownloadUrl(region: string, format: DataFormat): string {
  return withBase(`/${region}/targets.${format}`);
}
