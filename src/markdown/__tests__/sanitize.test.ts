/**
 * Report Markdown through the real processor (renderBlockMarkdown, the plugin
 * list of plugins.ts): what a poisoned block, translation or definition loses,
 * and the report's own markup that survives.
 */
import { describe, expect, test } from 'vitest';
import { renderBlockMarkdown } from '../render-block.ts';

const GLOSSARY = { '1': { key: 'hui-shang-bao', anchor: '“惠商保”' } };

function html(markdown: string): string {
  return renderBlockMarkdown(markdown, GLOSSARY).html;
}

/** Nothing in the HTML can run script or load a foreign document. */
function expectInert(out: string): void {
  expect(out).not.toMatch(/<script|<iframe|<style|<svg|<img|<object|<embed|<math(?![^>]*xmlns)|<div|<form|<input|<link|<meta/i);
  expect(out).not.toMatch(/\son[a-z]+\s*=/i);
  expect(out).not.toMatch(/javascript:|vbscript:|data:/i);
  expect(out).not.toMatch(/\s(?:style|id|name|srcdoc|formaction)\s*=/i);
}

describe('a poisoned block loses everything but its text', () => {
  test.each([
    ['<script>', '前文<script>alert(1)</script>后文'],
    ['<script> starting the block (an HTML block)', '<script>alert(1)</script>\n前文后文'],
    ['<img onerror>', '前文<img src=x onerror=alert(1)>后文'],
    ['<iframe>', '前文<iframe src="https://example.com/"></iframe>后文'],
    ['<iframe srcdoc>', '前文<iframe srcdoc="<script>alert(1)</script>"></iframe>后文'],
    ['<style>', '前文<style>body { display: none }</style>后文'],
    ['<svg onload>', '前文<svg onload="alert(1)"><circle r="1"/></svg>后文'],
    ['<object>, <embed>', '前文<object data="x.swf"></object><embed src="x.swf">后文'],
    ['<form>, <input>', '前文<form action="javascript:alert(1)"><input type="submit"></form>后文'],
    [
      '<link>, <meta refresh>',
      '前文<link rel="stylesheet" href="x.css"><meta http-equiv="refresh" content="0;url=javascript:alert(1)">后文',
    ],
    ['raw <math>', '前文<math><mi href="javascript:alert(1)">x</mi></math>后文'],
    ['a comment', '前文<!-- <script>alert(1)</script> -->后文'],
  ])('%s', (_name, markdown) => {
    const out = html(markdown);
    expectInert(out);
    expect(out).toContain('前文');
    expect(out).toContain('后文');
    expect(out).not.toContain('alert');
  });

  test('an element we do not allow is unwrapped: <div onclick> keeps its text, loses its tag', () => {
    const out = html('前文<div onclick="alert(1)">块内文字</div>后文');
    expectInert(out);
    expect(out.replace(/<[^>]+>/g, '')).toBe('前文块内文字后文');
  });

  test.each([
    ['HTML', '前文<a href="javascript:alert(1)">链接文字</a>后文'],
    ['HTML, entity-encoded scheme', '前文<a href="&#106;avascript:alert(1)">链接文字</a>后文'],
    ['HTML, data: URL', '前文<a href="data:text/html,<script>alert(1)</script>">链接文字</a>后文'],
    ['Markdown', '前文[链接文字](javascript:alert(1))后文'],
    ['Markdown, an external address', '前文[链接文字](https://example.com/)后文'],
  ])('a link that is not a glossary reference (%s) becomes its text', (_name, markdown) => {
    const out = html(markdown);
    expectInert(out);
    expect(out).not.toContain('<a');
    expect(out).toBe('前文链接文字后文');
  });

  test('a bare address (GFM autolink) stays plain text', () => {
    expect(html('详见 www.example.gov.cn 和 <https://example.com/>。')).toBe('详见 www.example.gov.cn 和 https://example.com/。');
  });

  test('allowed elements keep no attribute of their own: no handler, style, id or class', () => {
    const out = html('<strong onclick="alert(1)" style="color:red" id="p12" class="x">粗</strong><sup onmouseover="alert(1)">2</sup>');
    expect(out).toBe('<strong>粗</strong><sup>2</sup>');
  });

  test('a block cannot take one of our ids (#p12, #g-hui-shang-bao): ids and names are dropped, not prefixed', () => {
    const out = html('<span id="g-hui-shang-bao" name="p12">文字</span>');
    expect(out).toBe('<span>文字</span>');
  });

  test('a hand-written glossary link keeps only what remark-glossary-refs makes', () => {
    const out = html('<a href="#g-hui-shang-bao" class="gloss-ref evil" data-gloss="hui-shang-bao" data-x="1" onfocus="alert(1)">术语</a>');
    expect(out).toBe('<a href="#g-hui-shang-bao" class="gloss-ref" data-gloss="hui-shang-bao">术语</a>');
  });

  test('TeX cannot make a link: KaTeX runs without trust (\\href, \\url are not rendered as links)', () => {
    const out = html('公式 $\\href{javascript:alert(1)}{x} + \\url{javascript:alert(2)}$ 完');
    expect(out).toContain('<math');
    expect(out).not.toMatch(/href=|<a\b/);
  });

  test('table parts outside a table are unwrapped; inside one, cells keep colspan/rowspan only', () => {
    expect(html('<td>孤立单元格</td>')).toBe('孤立单元格');
    const out = html('<table><tr><td colspan="2" rowspan="1" onclick="alert(1)" style="color:red" width="9">合并</td></tr></table>');
    expect(out).toBe('<table><tbody><tr><td colspan="2" rowspan="1">合并</td></tr></tbody></table>');
  });
});

describe("the report's own markup survives", () => {
  test('bold lead sentence (CJK-friendly), sup and sub', () => {
    expect(html('**一年来，我们迎难而上。**坚持以粮为基，PM<sub>2.5</sub> 下降，36 万 m<sup>2</sup>。')).toBe(
      '<strong>一年来，我们迎难而上。</strong>坚持以粮为基，PM<sub>2.5</sub> 下降，36 万 m<sup>2</sup>。',
    );
  });

  test('the glossary marker <sup>[1]</sup> becomes our note reference', () => {
    expect(html('全面落实“惠商保”<sup>[1]</sup>，惠及个体工商户。')).toBe(
      '全面落实<a href="#g-hui-shang-bao" class="gloss-ref" data-gloss="hui-shang-bao"><span class="gloss-term">“惠商保”</span><sup class="gloss-n">1</sup></a>，惠及个体工商户。',
    );
  });

  test('b, i and em in their HTML spelling, and a hard line break', () => {
    expect(html('<b>甲</b><i>乙</i><em>丙</em>  \n丁')).toBe('<b>甲</b><i>乙</i><em>丙</em><br>\n丁');
  });

  test('a GFM pipe table becomes a <table>, with column alignment as classes', () => {
    const rendered = renderBlockMarkdown('| 指标 | 数值 |\n| :-- | --: |\n| 地区生产总值 | 1580.62 亿元 |\n| 增长 | 2.1% |');
    expect(rendered.inline).toBe(false);
    expect(rendered.html.replace(/\n/g, '')).toBe(
      '<table><thead><tr><th class="align-left">指标</th><th class="align-right">数值</th></tr></thead>' +
        '<tbody><tr><td class="align-left">地区生产总值</td><td class="align-right">1580.62 亿元</td></tr>' +
        '<tr><td class="align-left">增长</td><td class="align-right">2.1%</td></tr></tbody></table>',
    );
  });

  test('a table with glossary markers, bold and sup in its cells', () => {
    const out = html('| 项目 | 说明 |\n| --- | --- |\n| “惠商保”<sup>[1]</sup> | **36** 万 m<sup>2</sup> |');
    expect(out).toContain('<td><a href="#g-hui-shang-bao" class="gloss-ref" data-gloss="hui-shang-bao">');
    expect(out).toContain('<td><strong>36</strong> 万 m<sup>2</sup></td>');
  });

  test('inline and display math render as MathML; no placeholder is left', () => {
    const inline = renderBlockMarkdown('按 $r = \\frac{V_{2024}}{V_{2023}} - 1$ 计算。');
    expect(inline.math).toBe(true);
    expect(inline.inline).toBe(true);
    expect(inline.html).toMatch(
      /^按 <span class="katex"><math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML"><semantics><mrow><mi>r<\/mi>/,
    );
    expect(inline.html).toContain('<mfrac>');
    const display = renderBlockMarkdown('$$\nx^2\n$$');
    expect(display.html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">');
    for (const out of [inline.html, display.html]) expect(out).not.toMatch(/language-math|<code|<pre/);
  });
});
