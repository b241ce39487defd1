/**
 * Reader of an already built site (Node APIs), for commands that work on an
 * existing dist/ (`npm run pdf`); the build itself knows all this from its config.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/** The deployment base the site in `dir` was built for, as its home page declares it (`<meta name="baogao-base">`, Base.astro). */
export function readBuiltBase(dir: string): string | undefined {
  const home = join(dir, 'index.html');
  if (!existsSync(home)) return undefined;
  const tree = unified().use(rehypeParse).parse(readFileSync(home, 'utf8'));
  const content = select('meta[name="baogao-base"]', tree)?.properties['content'];
  return typeof content === 'string' ? content : undefined;
}

/** The pages (paths under `base`) that `dir` does not have, e.g. because it was built from other content. */
export function missingPages(dir: string, base: string, pages: readonly string[]): string[] {
  const prefix = base.replace(/\/?$/, '/');
  return pages.filter((page) => !page.startsWith(prefix) || !existsSync(join(dir, page.slice(prefix.length), 'index.html')));
}
