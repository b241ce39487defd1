import { describe, expect, test } from 'vitest';
import { readManifest } from '../find-editions.ts';
import { fillSizePlaceholders, formatFileSize } from '../patch-sizes.ts';

describe('PDF size placeholders', () => {
  const placeholder = (id: string, template: string, text = 'PDF') =>
    `<a href="/pdf/${id}.pdf">中文版 <span class="pdf-size" data-pdf-size="${id}" data-pdf-size-template="${template}" data-astro-cid-x>${text}</span></a>`;

  test('sizes read as file managers show them', () => {
    expect(formatFileSize(340_559)).toBe('333 KB');
    expect(formatFileSize(1_194_098)).toBe('1.1 MB');
    expect(formatFileSize(12 * 1024 * 1024)).toBe('12 MB');
    expect(formatFileSize(10)).toBe('1 KB');
  });

  test('fills each placeholder with its own size, in the page language, again after a regeneration', () => {
    const html = placeholder('r-2024-zh', '（PDF，{size}）') + placeholder('r-2024-en', '(PDF, {size})');
    const sizes = new Map([
      ['r-2024-zh', 1_194_098],
      ['r-2024-en', 340_559],
    ]);
    const filled = fillSizePlaceholders(html, sizes);
    expect(filled).toBe(
      placeholder('r-2024-zh', '（PDF，{size}）', '（PDF，1.1 MB）') + placeholder('r-2024-en', '(PDF, {size})', '(PDF, 333 KB)'),
    );
    expect(fillSizePlaceholders(filled, new Map([['r-2024-zh', 2 * 1024 * 1024]]))).toContain('（PDF，2.0 MB）');
  });

  test('leaves a placeholder without a PDF as it is', () => {
    const html = placeholder('r-2024-bilingual', '(PDF, {size})');
    expect(fillSizePlaceholders(html, new Map())).toBe(html);
  });
});

describe('the PDF manifest of a built page', () => {
  test('is read from its <script> and survives a "</" in the data', () => {
    const manifest = { base: '/sub/', editions: [{ id: 'r-2024-zh', title: 'a </script> b' }] };
    const json = JSON.stringify(manifest).replace(/</g, '\\u003c');
    const html = `<p>x</p><script type="application/json" data-pdf-editions>${json}</script><p>y</p>`;
    expect(readManifest(html, 'page.html')).toEqual(manifest);
    expect(readManifest('<p>no manifest</p>', 'page.html')).toBeUndefined();
  });
});
