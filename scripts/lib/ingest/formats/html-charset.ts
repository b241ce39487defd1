/**
 * The character encoding an HTML page declares: `<meta charset="gbk">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`.
 * Read with the HTML parser from the page's first bytes taken as Latin-1 (an
 * ASCII-compatible reading that cannot fail), as the HTML standard's prescan does.
 */
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

const PRESCAN_BYTES = 4096;

export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const tree = unified().use(rehypeParse).parse(head);
  let charset: string | undefined;
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element' || charset) continue;
      if (child.tagName === 'meta') {
        const direct = child.properties['charSet'];
        const content = child.properties['content'];
        if (typeof direct === 'string') charset = direct;
        else if (String(child.properties['httpEquiv'] ?? '').toLowerCase() === 'content-type' && typeof content === 'string')
          charset = new URLSearchParams(content.replace(/;\s*/g, '&')).get('charset') ?? undefined;
      }
      visit(child);
    }
  };
  visit(tree);
  return charset?.trim().toLowerCase();
}

/** Chinese legacy encodings are all read as GB18030, their superset. */
export function isChineseLegacyCharset(charset: string): boolean {
  return ['gbk', 'gb2312', 'gb18030', 'x-gbk', 'cp936', 'windows-936', 'euc-cn', 'hz-gb-2312'].includes(charset);
}
