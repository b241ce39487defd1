/**
 * Lists, for review by eye, every text of a content folder that contains a
 * term: each block and glossary entry in Chinese and in English, and each
 * key-figures page by the indicator names it lists (indicators.json, the
 * subjects of figures.json). It reads the report files, not the index, and
 * matches as a reader reads: Chinese and figures as literal text (a space or a
 * punctuation mark beside a Chinese character does not count: 212.5 亿元 is
 * 212.5亿元, 一街、两翼 is 一街两翼), a Latin word
 * as a word, case folded, with the words that merely start the same shown
 * apart ("parks" / "parking") for the reviewer to judge. The evaluation lists
 * (fixture-queries.json) were written from its output after reading each
 * candidate; nothing regenerates them.
 *
 *     node e2e/search-eval/candidates.ts <content folder> <term> […]
 *
 * The fixture collection's content folder is what e2e/global-setup.ts ingests
 * (dist-e2e/fixtures-content); `npm run` nothing else. A traditional query is
 * given here in simplified characters (the text is simplified).
 */
import { readIndicators } from '../../src/content/indicators-fs.ts';
import { readReports, type ReportOnDisk } from '../../src/content/report-files-fs.ts';
import { markdownToPlainText } from '../../src/markdown/plain-text.ts';

interface Text {
  url: string;
  text: string;
}

/** Every text a reader can find, under the address its result links to (no base path). */
function texts(contentDir: string): Text[] {
  const indicators = readIndicators(contentDir);
  const out: Text[] = [];
  const add = (report: ReportOnDisk, lang: 'zh' | 'en', anchor: string, text: string) => {
    out.push({ url: `/${lang === 'en' ? 'en/' : ''}${report.id}/${anchor}`, text });
  };
  for (const report of readReports(contentDir)) {
    const translation = report.translation?.file;
    for (const block of report.blocks) {
      add(report, 'zh', `#${block.id}`, markdownToPlainText(block.markdown));
      const en = translation?.blocks.find((candidate) => candidate.id === block.id)?.en.trim();
      if (en) add(report, 'en', `#${block.id}`, markdownToPlainText(en));
    }
    for (const entry of report.glossary) {
      add(report, 'zh', `#g-${entry.key}`, `${entry.term}：${markdownToPlainText(entry.definition)}`);
      const en = translation?.glossary.find((candidate) => candidate.key === entry.key);
      if (en) add(report, 'en', `#g-${entry.key}`, `${en.term} (${entry.term}): ${markdownToPlainText(en.definition)}`);
    }
    const figures = report.figures?.file.figures ?? [];
    const keys = new Set(figures.flatMap((figure) => (figure.indicator === undefined ? [] : [figure.indicator])));
    const listed = indicators.filter((indicator) => keys.has(indicator.key));
    if (listed.length === 0) continue;
    const subjects = figures.filter((figure) => figure.indicator !== undefined).map((figure) => figure.subject);
    add(report, 'zh', 'figures/', [...listed.map((indicator) => indicator.zh), ...subjects].join('；'));
    add(report, 'en', 'figures/', listed.flatMap((indicator) => [indicator.en, ...(indicator.enAlso ?? [])]).join('; '));
  }
  return out;
}

/**
 * Text without the whitespace and punctuation beside a Chinese character: 212.5 亿元 as ingest keeps it is
 * 212.5亿元 as a reader types it, and 一街、两翼 is 一街两翼 (the search does not count punctuation either).
 */
function squeeze(text: string): string {
  return text.replace(/[\s\p{P}]+(?=\p{Script=Han})|(?<=\p{Script=Han})[\s\p{P}]+/gu, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const [contentDir, ...terms] = process.argv.slice(2);
if (!contentDir || terms.length === 0) {
  console.error('usage: node e2e/search-eval/candidates.ts <content folder> <term> […]');
  process.exit(1);
}
const all = texts(contentDir);
for (const term of terms) {
  const latin = /^[A-Za-z][A-Za-z'’-]*$/.test(term);
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'iu');
  const start = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}\\p{L}*`, 'giu');
  console.log(`\n${term}`);
  for (const { url, text } of all) {
    if (latin) {
      const forms = [...new Set([...text.matchAll(start)].map((match) => match[0].toLowerCase()))];
      if (forms.length > 0) console.log(`  ${word.test(text) ? 'word ' : 'start'} ${url}  [${forms.join(', ')}]  ${text.slice(0, 100)}`);
    } else if (squeeze(text).includes(squeeze(term))) console.log(`  text  ${url}  ${text.slice(0, 100)}`);
  }
}
