/**
 * Provenance a reader can see: the English state of each paragraph (a draft is
 * labelled, a reviewed one is not), how much of a report is reviewed and when
 * it last changed, the changes page with every revision of published English
 * (and links that land on the paragraph), and citations that call a draft a
 * draft. On the fixture report with a mix of states, and on the real report's
 * revisions. The expected facts come from the reports' own en.json.
 */
import { markdownToPlainText } from '../src/markdown/plain-text.ts';
import type { TranslatedBlock, TranslationFile } from '../src/schemas/translation-file.ts';
import { reportFiles } from './report-files.ts';
import { axeViolations, describe, expect, test } from './test-utils.ts';

const REPORT = '/jinyang-fenhe/2025/';
const files = reportFiles('jinyang-fenhe/2025');
const translation = files.translation;
if (!translation) throw new Error('the fixture report has no translation');
const zhOf = new Map(files.blocks.map((block) => [block.id, block.markdown]));
const current = (block: TranslatedBlock) => block.en !== '' && zhOf.get(block.id) === block.zh;
const isReviewed = (block: TranslatedBlock) => block.state === 'reviewed' || block.state === 'final';

/** A draft paragraph, a memory draft (any block) and a reviewed paragraph of the fixture, from its en.json. */
const draft = translation.blocks.find((block) => block.id.startsWith('p') && current(block) && !isReviewed(block) && !block.memory);
const memoryDraft = translation.blocks.find((block) => current(block) && !isReviewed(block) && block.memory);
const reviewed = translation.blocks.find((block) => block.id.startsWith('p') && current(block) && isReviewed(block));
const revised = translation.revisions[0];
if (!draft || !memoryDraft?.memory || !reviewed || !revised)
  throw new Error('the fixture translation needs a draft, a memory draft, a reviewed paragraph and a revision');

const DRAFT = 'Draft translation, not yet reviewed';

/** The last day any English of a translation changed, as the report header must show it. */
function lastRevised(file: TranslationFile): string {
  const days = [...file.blocks.flatMap((block) => (block.revised ? [block.revised] : [])), ...file.revisions.map((r) => r.date)];
  return days.sort().at(-1) ?? '';
}

describe('the English state of each paragraph', () => {
  test('a draft carries a visible label that is also its accessible name; a reviewed paragraph carries none', async ({ open }) => {
    const page = await open(`/en${REPORT}`);
    const label = page.locator(`#${draft.id}`).getByRole('note', { name: DRAFT });
    await expect(label.isVisible()).resolves.toBe(true);
    await expect(label.innerText()).resolves.toContain(DRAFT);
    await expect(page.locator(`#${reviewed.id}`).getByRole('note').count()).resolves.toBe(0);
    await expect(page.locator(`#${reviewed.id}`).getByText(DRAFT).count()).resolves.toBe(0);
    // Every draft of the report is labelled, and nothing else is.
    const drafts = translation.blocks.filter((block) => current(block) && !isReviewed(block)).map((block) => block.id);
    await expect(
      page
        .locator('[data-block]')
        .evaluateAll((blocks) => blocks.filter((block) => block.querySelector('.draft-label')).map((block) => block.id)),
    ).resolves.toEqual(drafts);
  });

  test('a memory draft says where it came from, linking the paragraph it was drafted from', async ({ open }) => {
    const page = await open(`/en${REPORT}`);
    const label = page.locator(`#${memoryDraft.id}`).getByRole('note', { name: DRAFT });
    await expect(label.innerText()).resolves.toContain(
      `drafted from the translation memory, ${String(memoryDraft.memory?.match)}% match, from`,
    );
    const [region, rest] = (memoryDraft.memory?.sources[0] ?? '').split('/');
    const [year, id] = (rest ?? '').split('#');
    const link = label.getByRole('link');
    await expect(link.getAttribute('href')).resolves.toBe(`/sub/path/en/${region}/${year}/#${id}`);
    await link.click();
    await page.waitForURL((url) => url.hash === `#${id}`);
    await expect(page.locator(`[id="${id}"]`).count()).resolves.toBe(1);
  });

  test('the Chinese side-by-side page labels the draft in Chinese, under its English', async ({ open }) => {
    const page = await open(`${REPORT}parallel/`);
    const label = page.locator(`#${draft.id}`).getByRole('note', { name: '译文草稿，尚未审校' });
    await expect(label.isVisible()).resolves.toBe(true);
  });

  test('the report header says how much is reviewed and when it last changed, linking the changes page', async ({ open }) => {
    const page = await open(`/en${REPORT}`);
    const review = page.locator('.report-review');
    const count = translation.blocks.filter((block) => current(block) && isReviewed(block)).length;
    await expect(review.innerText()).resolves.toContain(
      `${String(count)} of ${String(files.blocks.length)} paragraphs reviewed, last revised`,
    );
    await expect(review.locator('time').getAttribute('datetime')).resolves.toBe(lastRevised(translation));
    // Its label on one line beside the value (the value wraps, not the label), and the notice under it readable.
    const labelLines = await review.locator('dt').evaluate((label) => {
      const range = document.createRange();
      range.selectNodeContents(label);
      return range.getClientRects().length;
    });
    expect(labelLines).toBe(1);
    await expect(page.locator('.unofficial-notice').innerText()).resolves.toBe(
      'The English translation is our own and unofficial. About this edition',
    );
    await review.getByRole('link', { name: 'changes to the English' }).click();
    await page.waitForURL((url) => url.pathname === `/sub/path/en${REPORT}changes/`);
    const zh = await open(REPORT);
    await expect(zh.locator('.report-review').innerText()).resolves.toContain(`已审校 ${String(count)}/${String(files.blocks.length)} 段`);
  });
});

describe('accessibility of the labels and the changes page', () => {
  // The real site, which the gates sweep, has no draft: these fixture pages have each kind of label.
  test('pages with draft labels and the fixture changes page have no axe violations, in the light and the dark theme', async ({ open }) => {
    const problems: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const)
      for (const path of [`/en${REPORT}`, `${REPORT}parallel/`, `/en${REPORT}interleaved/`, `/en${REPORT}changes/`, `${REPORT}changes/`]) {
        const page = await open(path, { colorScheme });
        for (const violation of await axeViolations(page)) problems.push(`${colorScheme} ${path}: ${violation}`);
      }
    expect(problems).toEqual([]);
  });
});

describe('citations', () => {
  test('citing a draft paragraph never claims a plain (reviewed) translation, and says it is a draft', async ({ open }) => {
    const page = await open(`/en${REPORT}cite/${draft.id}/`);
    await expect(page.locator('.cite-draft').innerText()).resolves.toContain('draft translation, not yet reviewed');
    const apa = await page.locator(`#cite-${draft.id}-apa`).innerText();
    expect(apa).toContain('[Unofficial draft translation, not yet reviewed]');
    for (const format of ['apa', 'chicago', 'mla', 'bibtex', 'ris'])
      await expect(page.locator(`#cite-${draft.id}-${format}`).innerText(), format).resolves.not.toContain('Unofficial translation');
  });

  test('a reviewed paragraph is cited as a translation, without the draft notice', async ({ open }) => {
    const page = await open(`/en${REPORT}cite/${reviewed.id}/`);
    await expect(page.locator(`#cite-${reviewed.id}-apa`).innerText()).resolves.toContain('[Unofficial translation]');
    await expect(page.locator('.cite-draft').count()).resolves.toBe(0);
  });
});

describe('the changes page', () => {
  test('lists each revision with its day, kind, note and a word diff in <del>/<ins> with text labels', async ({ open }) => {
    const page = await open(`/en${REPORT}changes/`);
    const entry = page.locator(`#change-${revised.id}`);
    await expect(entry.locator('time').getAttribute('datetime')).resolves.toBe(revised.date);
    await expect(entry.innerText()).resolves.toContain(revised.kind === 'correction' ? 'Correction' : 'Wording');
    await expect(entry.innerText()).resolves.toContain(revised.note);
    const before = markdownToPlainText(revised.before);
    const after = markdownToPlainText(translation.blocks.find((block) => block.id === revised.id)?.en ?? '');
    const removed = (await entry.locator('.diff del').allTextContents()).join('');
    const added = (await entry.locator('.diff ins').allTextContents()).join('');
    expect(removed).toMatch(/^\[removed:/);
    expect(added).toMatch(/^\[added:/);
    // What the diff removes is in the text before and not after, and the other way round.
    const words = (text: string) => text.replace(/\[(removed|added):|\]/g, '').trim();
    expect(before).toContain(words(removed));
    expect(after).toContain(words(added));
    expect(after).not.toContain(before);
    await entry.getByText('Full text before and after').click();
    await expect(entry.locator('.full-text').innerText()).resolves.toContain(after);
  });

  test('the paragraph actions of a revised paragraph lead to its changes; its link lands on the paragraph', async ({ open }) => {
    const page = await open(`/en${REPORT}`);
    const number = await page.locator(`#${revised.id}`).getAttribute('data-number');
    await page.getByRole('link', { name: `Link to paragraph ${number ?? ''}` }).click();
    await page
      .getByRole('group', { name: `Paragraph ${number ?? ''}: link and citation` })
      .getByRole('link', { name: 'Changes to this paragraph' })
      .click();
    await page.waitForURL((url) => url.pathname === `/sub/path/en${REPORT}changes/` && url.hash === `#change-${revised.id}`);
    await page.locator(`#change-${revised.id} h2 a`).click();
    await page.waitForURL((url) => url.pathname === `/sub/path/en${REPORT}` && url.hash === `#${revised.id}`);
    await expect(page.locator(`#${revised.id}`).evaluate((element) => element.matches(':target'))).resolves.toBe(true);
  });

  test('a report whose published English never changed says so', async ({ open }) => {
    const hexi = reportFiles('jinyang-hexi/2025').translation;
    expect(hexi?.revisions, 'the fixture jinyang-hexi/2025 has English and no revision').toEqual([]);
    const page = await open('/en/jinyang-hexi/2025/changes/');
    await expect(page.getByText('has not changed since it was published').isVisible()).resolves.toBe(true);
  });
});

describe('the real report’s changes page', () => {
  const real = reportFiles('taiyuan-xiaodian/2024', 'real').translation;
  if (!real) throw new Error('the real report has no translation');

  test('lists every revision of en.json, each linking the English paragraph or glossary entry, with the text before and after', async ({
    open,
  }) => {
    const page = await open('/en/taiyuan-xiaodian/2024/changes/', { site: 'real' });
    const entries = page.locator('li.change');
    await expect(entries.count()).resolves.toBe(real.revisions.length);
    const links = await entries.locator('h2 a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    const anchors = real.revisions.map((revision) =>
      revision.id.startsWith('glossary:') ? `g-${revision.id.slice('glossary:'.length)}` : revision.id,
    );
    expect(links.map((href) => href.split('#')[1]).sort()).toEqual([...anchors].sort());
    for (const href of links) expect(href).toMatch(/^\/en\/taiyuan-xiaodian\/2024\/#/);
    const fullTexts = (await entries.locator('.full-text').allTextContents()).join('\n');
    for (const revision of real.revisions) expect(fullTexts).toContain(markdownToPlainText(revision.before).slice(0, 60));
    // A paragraph link lands on that paragraph in the English report.
    const first = real.revisions.find((revision) => !revision.id.startsWith('glossary:'));
    await page.locator(`#change-${first?.id ?? ''} h2 a`).click();
    await page.waitForURL((url) => url.pathname === '/en/taiyuan-xiaodian/2024/' && url.hash === `#${first?.id ?? ''}`);
    await expect(page.locator(`#${first?.id ?? ''}`).isVisible()).resolves.toBe(true);
  });

  test('the Chinese changes page lists the same revisions, in Chinese around the English text', async ({ open }) => {
    const page = await open('/taiyuan-xiaodian/2024/changes/', { site: 'real' });
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toContain('英文修订记录');
    await expect(page.locator('li.change').count()).resolves.toBe(real.revisions.length);
  });
});
