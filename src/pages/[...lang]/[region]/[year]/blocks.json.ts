/**
 * /<region>/<year>/blocks.json and /en/<region>/<year>/blocks.json: a report's paragraphs as
 * the page in that language shows them, for the page in the other language to load when a reader
 * asks for a paragraph's other language (src/client/other-language.ts). Each paragraph is rendered
 * by the page's own component (ReportBlock.astro, its text only), so the text, its labels and
 * markup are the same as on that page; only paragraphs whose other-language control exists are in
 * it (src/utils/other-language.ts).
 */
import type { APIRoute } from 'astro';
import { experimental_AstroContainer } from 'astro/container';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import ReportBlock from '../../../../components/ReportBlock.astro';
import type { Report } from '../../../../schemas/report.ts';
import { inEveryLang } from '../../../../utils/lang-paths.ts';
import { offersOtherLanguage, type OtherLanguageBlocks } from '../../../../utils/other-language.ts';
import { getReports } from '../../../../utils/report-pages.ts';
import { otherLang } from '../../../../utils/urls.ts';

export async function getStaticPaths() {
  const reports = await getReports();
  return inEveryLang(reports.map((report) => ({ params: { region: report.region, year: String(report.year) }, props: { report } })));
}

const parser = unified().use(rehypeParse, { fragment: true });
const serializer = unified().use(rehypeStringify);

/** The inside of the block's wrapper element, as HTML. */
function wrapperContent(html: string, blockId: string): string {
  const tree = parser.parse(html);
  const wrapper = tree.children.find((node): node is Element => node.type === 'element');
  if (wrapper?.properties['id'] !== blockId) throw new Error(`blocks.json: ReportBlock rendered no wrapper with id ${blockId}`);
  return serializer.stringify({ type: 'root', children: wrapper.children } satisfies Root);
}

export const GET: APIRoute<{ report: Report }> = async ({ props: { report }, locals }) => {
  const container = await experimental_AstroContainer.create();
  const blocks: Record<string, string> = {};
  // The page that loads this file reads in the other language: it asks for the paragraphs it offers.
  const reader = otherLang(locals.lang);
  for (const block of report.blocks) {
    if (!offersOtherLanguage(block, reader)) continue;
    const html = await container.renderToString(ReportBlock, { props: { report, block, view: 'read', textOnly: true }, locals });
    blocks[block.id] = wrapperContent(html, block.id);
  }
  const body: OtherLanguageBlocks = { lang: locals.lang, blocks };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};
