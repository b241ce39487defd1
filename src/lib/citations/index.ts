/** Citations of a report or a paragraph, built with citation-js at build time (Node only; see format.ts). */
export { formatCitations, type CitationFormat, type FormattedCitation, type FormattedCitations } from './format.ts';
export { reportCitations } from './report-citations.ts';
export { citationKey, citedUrl, type CitableReport, type CitationLang, type CitationTarget } from './report-item.ts';
