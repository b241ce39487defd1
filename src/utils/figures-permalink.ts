/**
 * The permanent link of a paragraph as the downloads write it: absolute, from
 * the site's `site` and base (as the cite box builds its URLs), in the Chinese
 * original, the language of the phrase each row quotes.
 */
import type { Permalink } from '../lib/key-figures/figure-rows.ts';
import { reportUrl } from './urls.ts';

export function permalinkOn(site: URL | undefined): Permalink {
  const origin = site ?? new URL('https://baogao.example.org');
  return (region, reportYear, block) => new URL(`${reportUrl('zh-CN', region, reportYear)}#${block}`, origin).href;
}
