import { expect, test } from 'vitest';
import { readSiteModel } from '../../shared/site-model-fs.ts';
import { describeSiteEditions } from '../site-editions.ts';

test('the editions of the site are described from the content model, their pages and files under the base', () => {
  const editions = describeSiteEditions(readSiteModel('content'), '/sub/path/');
  expect(editions.map(({ id, page, href, lang }) => ({ id, page, href, lang }))).toEqual([
    {
      id: 'taiyuan-xiaodian-2024-zh',
      page: '/sub/path/taiyuan-xiaodian/2024/',
      href: '/sub/path/pdf/taiyuan-xiaodian-2024-zh.pdf',
      lang: 'zh-CN',
    },
    {
      id: 'taiyuan-xiaodian-2024-en',
      page: '/sub/path/en/taiyuan-xiaodian/2024/',
      href: '/sub/path/pdf/taiyuan-xiaodian-2024-en.pdf',
      lang: 'en',
    },
    {
      id: 'taiyuan-xiaodian-2024-bilingual',
      page: '/sub/path/taiyuan-xiaodian/2024/parallel/',
      href: '/sub/path/pdf/taiyuan-xiaodian-2024-bilingual.pdf',
      lang: 'zh-CN',
    },
  ]);
  expect(editions[0]?.author).toBe('太原市小店区人民政府');
  expect(editions[0]?.keywords).toContain('惠商保');
});
