/**
 * Static paths of the routes under src/pages/[...lang]/: each page once per UI
 * language, from one route file. The optional `lang` segment is undefined for
 * Chinese, the original, at the root (/search/), and `en` for English
 * (/en/search/); the middleware reads the language back from the URL.
 */
import { UI_LANGS } from '../i18n/langs.ts';
import { langSegment } from './urls.ts';

type Params = Record<string, string | undefined>;

/** Every given path in every UI language. */
export function inEveryLang<P extends Params, Props>(paths: readonly { params: P; props: Props }[]) {
  return UI_LANGS.flatMap((lang) => paths.map(({ params, props }) => ({ params: { lang: langSegment(lang), ...params }, props })));
}

/** The paths of a page that has no parameter but its language (home, search, glossary, about). */
export function langPaths() {
  return UI_LANGS.map((lang) => ({ params: { lang: langSegment(lang) } }));
}
