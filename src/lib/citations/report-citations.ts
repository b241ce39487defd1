/**
 * The citations of a report and of each of its paragraphs, formatted once per report,
 * reader's language and access date rather than once per page.
 *
 * citeproc takes about 35 ms to format the seven formats of one target, and every
 * paragraph has a cite page in each language and a cite box on it, so formatting per
 * page was most of a report's build time. A paragraph's CSL citations (GB/T, APA,
 * Chicago, MLA: the costly part) differ from the report's only by the paragraph: its id
 * (URL fragment, entry id) and its margin number (the CSL locator). So they are made once
 * with a placeholder id and number, and each paragraph's are that template with the
 * placeholders replaced. BibTeX and RIS (no citeproc, under a millisecond) are made per
 * paragraph: the RIS writer cuts the key to 20 characters, placeholder and all.
 *
 * The template is checked against citeproc itself: the first paragraph of each report
 * and language is also formatted directly, and a difference throws (a citation-js
 * update that treats the placeholder otherwise than a real number). Ids and numbers
 * outside the shapes the placeholders stand for (letters, digits and, in a number,
 * dots) are formatted directly.
 *
 * Build time only (Node), like format.ts.
 */
import { formatCitations, formatCslStyles, formatExports, type FormattedCitation, type FormattedCitations } from './format.ts';
import { citedUrl, type CitationTarget, type CslStyleId } from './report-item.ts';

/** Stand-ins for a paragraph's id and margin number: a valid id, and a number shaped like real ones ("1.10"). */
const ID_TOKEN = 'zqparaidzq';
const NUMBER_TOKEN = '8642.9753';
const SAFE_ID = /^[A-Za-z0-9]+$/;
const SAFE_NUMBER = /^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/;

type Paragraph = NonNullable<CitationTarget['paragraph']>;

type CslCitations = Pick<FormattedCitations, CslStyleId>;

/** A report's citations (no paragraph) or its paragraphs' CSL template, by everything but the paragraph. */
const formatted = new Map<string, FormattedCitations>();
const templates = new Map<string, CslCitations>();

function reportKey(target: CitationTarget): string {
  const url = new URL(target.url);
  url.hash = '';
  return JSON.stringify({ ...target, url: url.href, paragraph: undefined });
}

function fillText(template: string, paragraph: Paragraph): string {
  return template.replaceAll(ID_TOKEN, paragraph.id).replaceAll(NUMBER_TOKEN, paragraph.number);
}

function fillCitation(template: FormattedCitation, paragraph: Paragraph): FormattedCitation {
  return {
    text: fillText(template.text, paragraph),
    ...(template.html === undefined ? {} : { html: fillText(template.html, paragraph) }),
    ...(template.citation === undefined
      ? {}
      : { citation: { text: fillText(template.citation.text, paragraph), html: fillText(template.citation.html, paragraph) } }),
  };
}

/** A paragraph's citations: the CSL ones from its report's template, the exports made for it. */
function fillTemplate(template: CslCitations, target: CitationTarget, paragraph: Paragraph): FormattedCitations {
  return {
    gbt7714: fillCitation(template.gbt7714, paragraph),
    apa: fillCitation(template.apa, paragraph),
    chicago: fillCitation(template.chicago, paragraph),
    mla: fillCitation(template.mla, paragraph),
    ...formatExports(target),
    url: { text: citedUrl(target) },
  };
}

function templateTarget(target: CitationTarget): CitationTarget {
  const url = new URL(target.url);
  url.hash = '';
  return { ...target, url: url.href, paragraph: { id: ID_TOKEN, number: NUMBER_TOKEN } };
}

/** Every format for one report or one paragraph of it, as formatCitations gives them, formatted once per report. */
export function reportCitations(target: CitationTarget): FormattedCitations {
  const key = reportKey(target);
  const { paragraph } = target;
  if (paragraph === undefined) {
    const cached = formatted.get(key) ?? formatCitations(target);
    formatted.set(key, cached);
    return cached;
  }
  if (!SAFE_ID.test(paragraph.id) || !SAFE_NUMBER.test(paragraph.number)) return formatCitations(target);
  const template = templates.get(key);
  if (template) return fillTemplate(template, target, paragraph);
  const made = formatCslStyles(templateTarget(target));
  const direct = formatCitations(target);
  const filled = fillTemplate(made, target, paragraph);
  if (JSON.stringify(filled) !== JSON.stringify(direct)) {
    throw new Error(
      `citation template for ${target.url} differs from citeproc's own output for paragraph ${paragraph.id} (${paragraph.number}):\n` +
        `${JSON.stringify(filled, null, 1)}\n≠\n${JSON.stringify(direct, null, 1)}`,
    );
  }
  templates.set(key, made);
  return direct;
}
