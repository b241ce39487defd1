import { describe, expect, test } from 'vitest';
import { fillSizePlaceholders, formatFileSize } from '../fill-sizes.ts';

describe('PDF size placeholders', () => {
  const placeholder = (id: string, template: string, text = 'PDF') =>
    `<a href="/pdf/${id}.pdf">中文版 <span class="pdf-size" data-pdf-size="${id}" data-pdf-size-template="${template}" data-astro-cid-x>${text}</span></a>`;
  const page = (body: string) => `<!DOCTYPE html><html lang="zh-CN"><head><title>报告</title></head><body>${body}</body></html>`;

  test('sizes read as file managers show them', () => {
    expect(formatFileSize(340_559)).toBe('333 KB');
    expect(formatFileSize(1_194_098)).toBe('1.1 MB');
    expect(formatFileSize(12 * 1024 * 1024)).toBe('12 MB');
    expect(formatFileSize(10)).toBe('1 KB');
  });

  test('fills each placeholder with its own size, in the page language, again after a regeneration', () => {
    const html = page(placeholder('r-2024-zh', '（PDF，{{size}}）') + placeholder('r-2024-en', '(PDF, {{size}})'));
    const sizes = new Map([
      ['r-2024-zh', 1_194_098],
      ['r-2024-en', 340_559],
    ]);
    const filled = fillSizePlaceholders(html, sizes);
    expect(filled).toEqual({
      html: page(
        placeholder('r-2024-zh', '（PDF，{{size}}）', '（PDF，1.1 MB）') + placeholder('r-2024-en', '(PDF, {{size}})', '(PDF, 333 KB)'),
      ),
      placeholders: 2,
    });
    expect(fillSizePlaceholders(filled.html, new Map([['r-2024-zh', 2 * 1024 * 1024]])).html).toContain('（PDF，2.0 MB）');
  });

  test('changes nothing but the placeholder text, finds the attribute in any order and not in text or scripts', () => {
    const odd = `<span data-pdf-size-template="(PDF, {{size}})" class="pdf-size" data-pdf-size="r-2024-zh">\n  PDF\n</span>`;
    const decoys = `<p>data-pdf-size="r-2024-zh"</p><script type="application/json">{"x":"<span data-pdf-size=\\"r-2024-zh\\">PDF</span>"}</script>`;
    const html = page(`${decoys}<P CLASS=x>a &amp; b</P>${odd}`);
    const filled = fillSizePlaceholders(html, new Map([['r-2024-zh', 340_559]]));
    expect(filled.placeholders).toBe(1);
    expect(filled.html).toBe(html.replace('\n  PDF\n', '(PDF, 333 KB)'));
  });

  test('escapes the filled text', () => {
    const html = page(placeholder('r-2024-zh', '&lt;PDF&gt; {{size}}'));
    expect(fillSizePlaceholders(html, new Map([['r-2024-zh', 2048]])).html).toContain('>&lt;PDF&gt; 2 KB</span>');
  });

  test('leaves a placeholder without a PDF as it is', () => {
    const html = page(placeholder('r-2024-bilingual', '(PDF, {{size}})'));
    expect(fillSizePlaceholders(html, new Map())).toEqual({ html, placeholders: 1 });
  });
});
