/**
 * Region slugs the site already uses as a first path segment, which a region
 * therefore cannot have: a region called `search` would put its reports at
 * /search/2024/, under the search page's own path. Config-time reader (Node
 * APIs), used by ingest (to refuse `--region search`) and by the regions
 * collection (to refuse such an entry in regions.json).
 *
 * Read from the routes themselves, so a new page reserves its name without
 * anyone updating a list: every file or folder of src/pages with a fixed name
 * (`search.astro`, `glossary/`, `en/`), also inside optional rest folders such
 * as `[...lang]/`, which can match nothing; the UI languages' path prefixes; the
 * files and folders of public/; and the folders the build itself writes.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UI_LANGS } from '../i18n/schema.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Folders of dist/ that no page declares. */
const BUILD_FOLDERS: Record<string, string> = {
  _astro: "Astro's scripts and styles",
  pagefind: 'the search index (src/integrations/pagefind-index.ts)',
  katex: 'the KaTeX styles and fonts (src/integrations/katex-assets.ts)',
  og: 'the social preview images (src/integrations/og-images.ts)',
  pdf: 'the PDF editions (src/integrations/pdf-editions.ts)',
  // In the reserved list since the first content model; the anchor registry's example of an old page path.
  reports: 'old page paths /reports/<region>/<year>/ (content/anchors.json "pageRedirects")',
};

/** Reserved slug → what uses that path, for the error message. */
export function reservedRegionSlugs(root = ROOT): Map<string, string> {
  const reserved = new Map<string, string>(Object.entries(BUILD_FOLDERS));
  // zh-CN, the original, has no prefix; every other UI language lives under /<lang>/.
  for (const lang of UI_LANGS.slice(1)) reserved.set(lang.toLowerCase(), `the ${lang} pages (/${lang.toLowerCase()}/)`);
  for (const [name, file] of pageSegments(join(root, 'src/pages'), 'src/pages')) reserved.set(name, `a page (${file})`);
  const publicDir = join(root, 'public');
  if (existsSync(publicDir)) for (const name of readdirSync(publicDir)) reserved.set(name, `a static file (public/${name})`);
  return reserved;
}

/** First path segments with a fixed name under a routes folder: name → the file or folder that declares it. */
function pageSegments(dir: string, shown: string): Map<string, string> {
  const segments = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${shown}/${entry.name}`;
    if (entry.isDirectory() && /^\[\.\.\.[^\]]+\]$/.test(entry.name)) {
      // A rest parameter can match no segment at all, so its children are first segments too.
      for (const [name, file] of pageSegments(join(dir, entry.name), path)) segments.set(name, file);
    } else if (!entry.name.includes('[')) {
      const name = entry.isDirectory() ? entry.name : entry.name.replace(/\.(?:astro|mdx?|html|[jt]s)$/, '');
      if (name !== 'index') segments.set(name, entry.isDirectory() ? `${path}/` : path);
    }
  }
  return segments;
}
