/**
 * A page's Content Security Policy with only the hashes that page needs. Astro writes the same list of
 * hashes into every page: those of every inline stylesheet and script of the whole site (27 on a report
 * page that has one stylesheet and no inline script), about 1.2 kB of base64 that gzip cannot shrink, in
 * every document. A hash allows an inline <style> or <script> whose text has that digest, so a hash that
 * matches none of the page's own inline elements allows nothing on it: dropping it changes no behaviour.
 * Everything else in the policy (sources, keywords, other directives) is kept as written.
 *
 * Parsed with a real HTML parser (hast-util-from-html); only the policy's <meta> is rewritten in place
 * (by its source offsets), so the rest of the page stays byte for byte as Astro wrote it.
 */
import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/** A source expression naming a digest: 'sha256-…', 'sha384-…' or 'sha512-…'. */
const HASH_SOURCE = /^'(sha256|sha384|sha512)-([A-Za-z0-9+/=_-]+)'$/;

/** Directives whose hashes allow inline elements of the page, and the element they allow. */
const HASHED_DIRECTIVES = { 'script-src': 'script', 'style-src': 'style' } as const;

function rawText(element: Element): string {
  return element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

function isPolicyMeta(element: Element): boolean {
  // hast reads http-equiv as a space-separated list.
  const httpEquiv = [element.properties['httpEquiv']].flat();
  return (
    element.tagName === 'meta' &&
    httpEquiv.some((value) => String(value).toLowerCase() === 'content-security-policy') &&
    typeof element.properties['content'] === 'string'
  );
}

/** The policy with, in script-src and style-src, only the hashes of this page's inline scripts and stylesheets. */
export function pruneHashes(policy: string, inline: { script: readonly string[]; style: readonly string[] }): string {
  return policy
    .split(';')
    .map((directive) => {
      const tokens = directive.trim().split(/\s+/);
      const name = tokens[0]?.toLowerCase() ?? '';
      if (!(name in HASHED_DIRECTIVES)) return directive;
      const texts = inline[HASHED_DIRECTIVES[name as keyof typeof HASHED_DIRECTIVES]];
      const kept = tokens.filter((token) => {
        const match = HASH_SOURCE.exec(token);
        if (!match) return true;
        const [, algorithm = '', digest = ''] = match;
        return texts.some((text) => createHash(algorithm).update(text).digest('base64') === digest);
      });
      if (kept.length === tokens.length) return directive;
      // The directive's leading space (Astro writes "; script-src …") is kept, as is the rest.
      return `${directive.startsWith(' ') ? ' ' : ''}${kept.join(' ')}`;
    })
    .join(';');
}

/**
 * The page with its policy's hashes pruned (pruneHashes), or unchanged if it has no policy <meta>.
 * Throws, naming `where`, if the policy is there but cannot be located in the source.
 */
export function pruneCspHashes(html: string, where: string): string {
  const tree: Root = fromHtml(html);
  const inline = { script: [] as string[], style: [] as string[] };
  let meta: Element | undefined;
  visit(tree, 'element', (node) => {
    if (node.tagName === 'style') inline.style.push(rawText(node));
    if (node.tagName === 'script' && node.properties['src'] === undefined) inline.script.push(rawText(node));
    if (!meta && isPolicyMeta(node)) meta = node;
  });
  if (!meta) return html;
  const start = meta.position?.start.offset;
  const end = meta.position?.end.offset;
  if (start === undefined || end === undefined) throw new Error(`${where}: the Content Security Policy <meta> has no source position`);
  const policy = meta.properties['content'] as string;
  const pruned = pruneHashes(policy, inline);
  if (pruned === policy) return html;
  const rewritten: Element = { ...meta, properties: { ...meta.properties, content: pruned } };
  // As Astro writes it: the policy's single quotes as they are inside the double-quoted attribute (what the
  // default encodes is only for browsers older than any the site supports).
  return html.slice(0, start) + toHtml(rewritten, { allowDangerousCharacters: true }) + html.slice(end);
}
