/**
 * A paragraph's other language, shown under its button (on demand: on-interaction.ts) for
 * <baogao-other-language> (other-language.ts), which turned the page's links into these buttons. The first
 * press loads the report's paragraphs in the other language from one file (data-src: blocks.json), once per
 * page; the service worker (public/sw.js) keeps it for offline rereading. The text is inserted right after the
 * button, so it is what a screen reader reads next; focus stays on the button, which says it is expanded. The
 * inserted text carries the language of the file (its own elements carry theirs). Glossary references in it
 * are announced to <baogao-glossary-notes> by a bubbling `baogao:content-added` event, so they open notes like
 * the page's own. If the file cannot be loaded, the element puts a link to the paragraph on the other page there.
 */
import type { OtherLanguageBlocks } from '../utils/other-language.ts';
import { CONTENT_ADDED } from './content-added.ts';

/** One request per file and page, whichever paragraph asks first; a failed load may be tried again. */
const loads = new Map<string, Promise<OtherLanguageBlocks>>();

function loadBlocks(src: string): Promise<OtherLanguageBlocks> {
  let load = loads.get(src);
  if (!load) {
    load = fetch(src).then(async (response) => {
      if (!response.ok) throw new Error(`${src}: ${String(response.status)}`);
      return (await response.json()) as OtherLanguageBlocks;
    });
    load.catch(() => loads.delete(src));
    loads.set(src, load);
  }
  return load;
}

/** Fills `region` (inserted after the button) with the button's paragraph from `src`; rejects if it cannot. */
export async function showOtherLanguage(button: HTMLButtonElement, region: HTMLElement, src: string): Promise<void> {
  const { lang, blocks } = await loadBlocks(src);
  const html = blocks[button.dataset['blockId'] ?? ''];
  if (html === undefined) throw new Error(`${src} has no paragraph ${button.dataset['blockId'] ?? ''}`);
  region.lang = lang;
  // Our own build output: rendered and sanitised by the site's Markdown pipeline (src/markdown/render-block.ts).
  region.innerHTML = html;
  region.dispatchEvent(new CustomEvent(CONTENT_ADDED, { bubbles: true }));
}
