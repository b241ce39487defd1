/**
 * A glossary entry whose marker the source lost (web copies) is tied by ingest
 * to the first occurrence of its term; the rendered block links that
 * occurrence to the entry, without a note number the source never printed.
 */
import { expect, test } from 'vitest';
import { renderBlockMarkdown } from '../render-block.ts';

test('an inferred use links the first occurrence of the term, without a number', () => {
  const { html } = renderBlockMarkdown('推进“放管服”改革，深化“放管服”成果。', {
    'inferred-1': { key: 'fang-guan-fu', anchor: '“放管服”', inferred: true },
  });
  expect(html).toBe(
    '推进<a href="#g-fang-guan-fu" class="gloss-ref" data-gloss="fang-guan-fu"><span class="gloss-term">“放管服”</span></a>改革，深化“放管服”成果。',
  );
  expect(html).not.toContain('gloss-n');
});

test('a marked use keeps its number beside an inferred one', () => {
  const { html } = renderBlockMarkdown('全面落实“惠商保”<sup>[1]</sup>，推进“四城同创”。', {
    '1': { key: 'hui-shang-bao', anchor: '“惠商保”' },
    'inferred-2': { key: 'si-cheng-tong-chuang', anchor: '“四城同创”', inferred: true },
  });
  expect(html).toContain('<span class="gloss-term">“惠商保”</span><sup class="gloss-n">1</sup></a>');
  expect(html).toContain(
    '<a href="#g-si-cheng-tong-chuang" class="gloss-ref" data-gloss="si-cheng-tong-chuang"><span class="gloss-term">“四城同创”</span></a>',
  );
});

test('an inferred anchor that does not occur (a translation without the term) leaves the text alone', () => {
  const { html } = renderBlockMarkdown('Streamline administration.', {
    'inferred-1': { key: 'fang-guan-fu', anchor: 'delegate power', inferred: true },
  });
  expect(html).toBe('Streamline administration.');
});
