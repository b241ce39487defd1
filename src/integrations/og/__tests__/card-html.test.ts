import { expect, test } from 'vitest';
import { ogCardHtml } from '../card-html.ts';

test('the social preview card escapes the report title and region (Chromium renders it at build time)', () => {
  const poison = '<script>alert(1)</script><img src=x onerror="alert(1)">';
  const html = ogCardHtml({
    file: 'x-2024.png',
    year: 2024,
    title: { zh: `报告${poison}`, en: `Report${poison}` },
    region: { zh: `某区${poison}`, en: `Some${poison}` },
  });
  expect(html).not.toMatch(/<script|<img/);
  expect(html).toContain('报告&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
});
