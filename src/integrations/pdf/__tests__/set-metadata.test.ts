import { expect, test } from 'vitest';
import { readSiteModel } from '../../shared/site-model-fs.ts';
import { withPlaceholderSizes } from '../fill-sizes.ts';
import { editionDate } from '../set-metadata.ts';
import { describeSiteEditions } from '../site-editions.ts';

test('a PDF is dated the day its report was delivered, or SOURCE_DATE_EPOCH: never the moment it was printed', () => {
  const [edition] = describeSiteEditions(readSiteModel('content'), '/');
  if (!edition) throw new Error('no edition');
  expect(editionDate(edition, {}).toISOString()).toBe('2024-02-21T00:00:00.000Z');
  expect(editionDate(edition, { SOURCE_DATE_EPOCH: '1764547200' }).toISOString()).toBe('2025-12-01T00:00:00.000Z');
  expect(() => editionDate(edition, { SOURCE_DATE_EPOCH: 'soon' })).toThrow(/no valid date/);
});

test('the PDF cache key reads a page the same before and after its PDF sizes are filled in', () => {
  const page = (size: string) =>
    `<p><a href="/pdf/r-2024-zh.pdf">中文</a><span data-pdf-size="r-2024-zh" data-pdf-size-template="（PDF，{{size}}）">${size}</span></p>`;
  expect(withPlaceholderSizes(page('PDF'))).toBe(withPlaceholderSizes(page('（PDF，1.1 MB）')));
  expect(withPlaceholderSizes('<p>no PDF</p>')).toBe('<p>no PDF</p>');
});
