/**
 * <baogao-report-list>: the home page's report links follow the reader's last
 * chosen view and language (view-choice.ts); without a stored choice, or without
 * JavaScript, they open the report in the page's language. Each link names its
 * report (data-report-link="<region>/<year>"); the URL comes from the one URL
 * scheme (src/utils/urls.ts), not from rewriting the link.
 */
import { reportUrl } from '../utils/urls.ts';
import { defineElement } from './define-element.ts';
import { readViewChoice } from './view-choice.ts';

class ReportList extends HTMLElement {
  connectedCallback(): void {
    const choice = readViewChoice();
    if (!choice) return;
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-report-link]')) {
      const [region, year] = (link.dataset['reportLink'] ?? '').split('/');
      if (region && year) link.href = reportUrl(choice.lang, region, Number(year), choice.view);
    }
  }
}

defineElement('baogao-report-list', ReportList);
