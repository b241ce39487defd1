/**
 * The reader's last chosen view and language, stored per browser: written by
 * the view switch (view-switch.ts), read by the home page's report list
 * (report-list.ts).
 */
import { UI_LANGS, type UiLang } from '../i18n/langs.ts';
import { REPORT_VIEWS, type ReportView } from '../utils/urls.ts';

const STORAGE_KEY = 'baogao-view';

export interface ViewChoice {
  view: ReportView;
  lang: UiLang;
}

export function storeViewChoice(view: string | undefined, lang: UiLang): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ view, lang }));
}

export function readViewChoice(): ViewChoice | undefined {
  const stored = localStorage.getItem(STORAGE_KEY);
  const choice = stored ? (JSON.parse(stored) as { view?: string; lang?: string }) : undefined;
  // Stored by an older version or edited by hand: only a known view and language count.
  const view = REPORT_VIEWS.find((candidate) => candidate === choice?.view);
  const lang = UI_LANGS.find((candidate) => candidate === choice?.lang);
  return view && lang ? { view, lang } : undefined;
}
