/**
 * Report links on the home page follow the reader's last chosen view and
 * language (stored by view-memory.ts); without a stored choice, or without
 * JavaScript, they open the report in the page's language.
 */
const stored = localStorage.getItem('baogao-view');
const choice = stored ? (JSON.parse(stored) as { view?: string; lang?: string }) : undefined;
if (choice?.view && choice.lang) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-report-link]')) {
    const url = new URL(link.href);
    const path = url.pathname.replace(/\/en\//, '/').replace(/(\/[^/]+\/\d{4}\/).*$/, '$1');
    const withLang = choice.lang === 'en' ? path.replace(/^(.*?)(\/[^/]+\/\d{4}\/)$/, '$1/en$2') : path;
    url.pathname = withLang + (choice.view === 'read' ? '' : `${choice.view}/`);
    link.href = url.href;
  }
}

export {};
