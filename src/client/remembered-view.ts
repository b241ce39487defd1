/**
 * Report links on the home page follow the reader's last chosen view and
 * language (stored by view-memory.ts); without a stored choice, or without
 * JavaScript, they open the report in the page's language. Each link names its
 * report (data-report-link="<region>/<year>"); the URL comes from the one URL
 * scheme (src/utils/urls.ts), not from rewriting the link.
 */
import { UI_LANGS } from '../i18n/langs.ts';
import { REPORT_VIEWS, reportUrl } from '../utils/urls.ts';

const stored = localStorage.getItem('baogao-view');
const choice = stored ? (JSON.parse(stored) as { view?: string; lang?: string }) : undefined;
// Stored by an older version or edited by hand: only a known view and language count.
const view = REPORT_VIEWS.find((candidate) => candidate === choice?.view);
const lang = UI_LANGS.find((candidate) => candidate === choice?.lang);
if (view && lang) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-report-link]')) {
    const [region, year] = (link.dataset['reportLink'] ?? '').split('/');
    if (region && year) link.href = reportUrl(lang, region, Number(year), view);
  }
}
