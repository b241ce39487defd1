/**
 * The PDF cache (src/integrations/shared/render-cache-fs.ts) on a copy of the built
 * fixture site, with the PDF step the build runs (generatePdfEditions): a second run
 * with unchanged pages prints nothing and gives the same bytes; a forced run prints
 * everything afresh, byte for byte the same (the dates are deterministic); a changed
 * paragraph remakes its report's PDF, with the new text, and only that one, and its
 * old cache entry is pruned. Printing is counted from the step's own result.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { generatePdfEditions, type GenerateResult } from '../src/integrations/pdf/generate-editions.ts';
import { editionPageFile } from '../src/integrations/pdf/pdf-inputs-fs.ts';
import { describeSiteEditions } from '../src/integrations/pdf/site-editions.ts';
import { readBuiltBase } from '../src/integrations/shared/built-site-fs.ts';
import { openRenderCache } from '../src/integrations/shared/render-cache-fs.ts';
import { readSiteModel } from '../src/integrations/shared/site-model-fs.ts';
import { run } from './pdf-reading.ts';
import { contentDir } from './report-files.ts';
import { describe, expect, siteDir, test } from './test-utils.ts';

const work = mkdtempSync(join(tmpdir(), 'baogao-pdf-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const site = join(work, 'site');
const cacheDir = join(work, 'cache');
cpSync(siteDir('fixtures'), site, { recursive: true });
const base = readBuiltBase(site) ?? '/';
// Two reports with one (Chinese) edition each keep the printing short.
const editions = describeSiteEditions(readSiteModel(contentDir()), base).filter((edition) =>
  ['jinyang-hexi-2024-zh', 'jinyang-fenhe-2024-zh'].includes(edition.id),
);
const changed = editions.find((edition) => edition.id === 'jinyang-hexi-2024-zh');

function generate(force = false): Promise<GenerateResult> {
  const cache = openRenderCache({ dir: cacheDir, kind: 'pdf', ext: 'pdf', site });
  return generatePdfEditions({ dir: site, base, editions, cache, force });
}
const printedIds = (result: GenerateResult) =>
  result.pdfs
    .filter((pdf) => !pdf.cached)
    .map((pdf) => pdf.edition.id)
    .sort();
const bytesOf = (result: GenerateResult) => new Map(result.pdfs.map((pdf) => [pdf.edition.id, readFileSync(pdf.file)]));

describe('PDF cache', () => {
  test('prints each edition once; a rebuild of unchanged pages prints none, a forced one all, with the same bytes', async () => {
    expect(editions).toHaveLength(2);
    const first = await generate();
    expect(first.printed).toBe(2);
    const printedBytes = bytesOf(first);

    const again = await generate();
    expect(again.printed).toBe(0);
    expect(again.pdfs.every((pdf) => pdf.cached)).toBe(true);
    expect(bytesOf(again)).toEqual(printedBytes);

    const forced = await generate(true);
    expect(forced.printed).toBe(2);
    expect(bytesOf(forced)).toEqual(printedBytes);
    expect(readdirSync(join(cacheDir, 'pdf'))).toHaveLength(2);
  });

  test('a changed paragraph remakes only its report’s PDF, with the new text; the old entry is pruned', async () => {
    if (!changed) throw new Error('no jinyang-hexi-2024-zh edition');
    const before = bytesOf(await generate());
    const page = editionPageFile(site, base, changed);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('入驻企业 40 家');
    writeFileSync(page, html.replaceAll('入驻企业 40 家', '入驻企业 41 家（缓存检查）'));

    const result = await generate();
    expect(printedIds(result)).toEqual(['jinyang-hexi-2024-zh']);
    expect(result.pruned).toBe(1);
    const after = bytesOf(result);
    expect(after.get('jinyang-fenhe-2024-zh')).toEqual(before.get('jinyang-fenhe-2024-zh'));
    expect(after.get('jinyang-hexi-2024-zh')).not.toEqual(before.get('jinyang-hexi-2024-zh'));
    const text = run('pdftotext', [join(site, 'pdf', 'jinyang-hexi-2024-zh.pdf'), '-']).replace(/\s+/g, '');
    expect(text).toContain('入驻企业41家（缓存检查）');
    expect(readdirSync(join(cacheDir, 'pdf'))).toHaveLength(2);
  });
});
