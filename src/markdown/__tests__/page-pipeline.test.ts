/**
 * The site's own Markdown pages (astro.config.mjs: the same plugin list with the
 * page allow-list): Astro's Markdown processor with our plugins, and MDX nodes
 * passing through the sanitizer untouched.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { rehypePlugins, remarkPlugins, smartypants } from '../plugins.ts';
import { rehypeSanitizeMarkdown } from '../rehype-sanitize-markdown.ts';
import { pageSanitizeSchema } from '../sanitize-schema.ts';

async function renderPage(markdown: string): Promise<string> {
  const processor = await createMarkdownProcessor({ remarkPlugins, rehypePlugins, smartypants, syntaxHighlight: false });
  return (await processor.render(markdown)).code;
}

describe('a .md page', () => {
  test('keeps its headings (with Astro’s ids), lists, quotes, links and math', async () => {
    const out = await renderPage(
      '# 关于本版\n\n## 译者说明\n\n- 一\n- 二\n\n> 引文\n\n见 [官网](https://www.gov.cn/) 与 [本站](/about/)。\n\n$$\n1\\ \\text{亩} \\approx 666.7\\ \\text{m}^2\n$$\n\n---',
    );
    expect(out).toContain('<h1 id="关于本版">关于本版</h1>');
    expect(out).toContain('<h2 id="译者说明">译者说明</h2>');
    expect(out).toContain('<ul>\n<li>一</li>\n<li>二</li>\n</ul>');
    expect(out).toContain('<blockquote>\n<p>引文</p>\n</blockquote>');
    expect(out).toContain('<a href="https://www.gov.cn/">官网</a>');
    expect(out).toContain('<a href="/about/">本站</a>');
    expect(out).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">');
    expect(out).toContain('<hr>');
  });

  test('loses script, handlers and javascript: links like report text does', async () => {
    const out = await renderPage(
      '前文<script>alert(1)</script><img src=x onerror=alert(1)> [链接](javascript:alert(1)) <b onclick="alert(1)">粗</b>后文',
    );
    expect(out).toBe('<p>前文 链接 <b>粗</b>后文</p>');
  });
});

describe('MDX nodes in an .mdx page', () => {
  test('pass through the sanitizer untouched; the Markdown inside a component is sanitised', () => {
    const esm = { type: 'mdxjsEsm', value: "import Foo from './Foo.astro';" };
    const expression = { type: 'mdxTextExpression', value: 'n * 2' };
    const tree = {
      type: 'root',
      children: [
        esm,
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [
            { type: 'text', value: '文字 ' },
            expression,
            {
              type: 'mdxJsxTextElement',
              name: 'Foo',
              attributes: [{ type: 'mdxJsxAttribute', name: 'bar', value: '1' }],
              children: [
                { type: 'element', tagName: 'strong', properties: { onClick: 'alert(1)' }, children: [{ type: 'text', value: '粗' }] },
                { type: 'element', tagName: 'script', properties: {}, children: [{ type: 'text', value: 'alert(1)' }] },
              ],
            },
          ],
        },
      ],
    } as unknown as Root;
    const out = unified().use(rehypeSanitizeMarkdown, pageSanitizeSchema).runSync(tree);
    expect(out.children[0]).toBe(esm);
    const paragraph = out.children[1] as unknown as {
      children: { type: string; name?: string; attributes?: unknown[]; children?: unknown[] }[];
    };
    expect(paragraph.children.map((child) => child.type)).toEqual(['text', 'mdxTextExpression', 'mdxJsxTextElement']);
    expect(paragraph.children[1]).toBe(expression);
    const component = paragraph.children[2];
    expect(component?.name).toBe('Foo');
    expect(component?.attributes).toEqual([{ type: 'mdxJsxAttribute', name: 'bar', value: '1' }]);
    expect(component?.children).toEqual([
      { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: '粗' }] },
    ]);
  });

  test('a placeholder element written into the Markdown restores nothing', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'baogao-mdx-node', properties: { dataIndex: '0' }, children: [{ type: 'text', value: '文字' }] },
      ],
    } as unknown as Root;
    const out = unified().use(rehypeSanitizeMarkdown, pageSanitizeSchema).runSync(tree);
    expect(out.children).toEqual([{ type: 'text', value: '文字' }]);
  });
});
