/**
 * The URL scheme, in one place. Chinese is the original and has no prefix;
 * English pages live under /en/. Every view is its own static page and every
 * paragraph anchor (#p12) is the same in all of them:
 *
 *   /                                   home (zh)          /en/                              home (en)
 *   /taiyuan-xiaodian/2024/             report in Chinese  /en/taiyuan-xiaodian/2024/        report in English
 *   /taiyuan-xiaodian/2024/parallel/    side by side       /en/taiyuan-xiaodian/2024/parallel/
 *   /taiyuan-xiaodian/2024/interleaved/ interleaved        /en/taiyuan-xiaodian/2024/interleaved/
 *   /glossary/, /glossary/<key>/        glossary and term pages (and /en/…)
 *   /search/                            search (and /en/search/)
 */
import type { UiLang } from '../i18n/schema.ts';

export type ReportView = 'read' | 'parallel' | 'interleaved';
export const REPORT_VIEWS: readonly ReportView[] = ['read', 'parallel', 'interleaved'];

// The deployment base, as Vite was given it (pages, client code). Build steps load this module in Node, outside
// Vite, where there is none: there these functions return site paths (src/integrations/shared/under-base.ts).
const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** Prefix a site path (starting with /) with the deployment base. */
export function withBase(path: string): string {
  return BASE + path.replace(/^\//, '');
}

export function langPrefix(lang: UiLang): string {
  return lang === 'en' ? '/en' : '';
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

export function regionUrl(lang: UiLang, region: string): string {
  return withBase(`${langPrefix(lang)}/${region}/`);
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

/** A paragraph's share page: its social preview shows the paragraph; it forwards to the report. */
export function quoteUrl(lang: UiLang, region: string, year: number, blockId: string): string {
  return withBase(`${langPrefix(lang)}/${region}/${year}/${blockId}/`);
}

/** A paragraph's cite page (all citation formats, reachable without JavaScript). */
export function citeUrl(lang: UiLang, region: string, year: number, blockId: string): string {
  return withBase(`${langPrefix(lang)}/${region}/${year}/cite/${blockId}/`);
}
