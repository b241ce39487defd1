import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { plugins } from '@citation-js/core';
import { beforeAll, describe, expect, test } from 'vitest';
import { cslDir } from '../csl-fs.ts';
import { formatCitations, type FormattedCitations } from '../format.ts';
import { cslItem, type CitableReport, type CitationTarget } from '../report-item.ts';

const report: CitableReport = {
  title: { zh: '政府工作报告', en: 'Report on the Work of the Government' },
  author: { zh: '太原市小店区人民政府', en: "Xiaodian District People's Government, Taiyuan" },
  speaker: { zh: '康建斌', en: 'Kang Jianbin' },
  occasion: { zh: '第六届人民代表大会第五次会议' },
  deliveredOn: '2024-02-21',
  place: { zh: '太原', en: 'Taiyuan' },
  publisher: { zh: '太原市小店区人民政府', en: "Xiaodian District People's Government, Taiyuan" },
};
const paragraph = { id: 'p12', number: '1.10' };
const accessed = '2026-11-25';

const targets = {
  zh: { report, url: 'https://baogao.example.org/taiyuan-xiaodian/2024/#p12', accessed, lang: 'zh-CN', paragraph },
  en: { report, url: 'https://baogao.example.org/en/taiyuan-xiaodian/2024/#p12', accessed, lang: 'en', paragraph },
  zhWhole: { report, url: 'https://baogao.example.org/taiyuan-xiaodian/2024/', accessed, lang: 'zh-CN' },
  enWhole: { report, url: 'https://baogao.example.org/en/taiyuan-xiaodian/2024/', accessed, lang: 'en' },
} satisfies Record<string, CitationTarget>;

/** Formats once per describe block (the first call builds the citeproc engines, about 1.5 s). */
function formatted(target: CitationTarget): () => FormattedCitations {
  let out: FormattedCitations | undefined;
  beforeAll(() => {
    out = formatCitations(target);
  });
  return () => {
    if (out === undefined) throw new Error('formatCitations did not run');
    return out;
  };
}

describe('paragraph 1.10 (p12), Chinese reader', () => {
  const get = formatted(targets.zh);

  test('GB/T 7714-2015: [R/OL], (publication date)[access date], URL to the paragraph', () => {
    const out = get();
    expect(out.gbt7714.text).toBe(
      '太原市小店区人民政府. 政府工作报告[R/OL]. (2024-02-21)[2026-11-25]. https://baogao.example.org/taiyuan-xiaodian/2024/#p12.',
    );
    expect(out.gbt7714.html).toBe(
      '<div class="csl-bib-body">\n  <div data-csl-entry-id="xiaodian2024gwr_p12" class="csl-entry">\n    <div class="csl-right-inline">太原市小店区人民政府. 政府工作报告[R/OL]. (2024-02-21)[2026-11-25]. <a href="https://baogao.example.org/taiyuan-xiaodian/2024/#p12">https://baogao.example.org/taiyuan-xiaodian/2024/#p12</a>.</div>\n  </div>\n</div>',
    );
    expect(out.gbt7714.text).toContain('[R/OL]');
    expect(out.gbt7714.text).toContain('[2026-11-25]');
  });

  test('APA 7: government as author, no repeated publisher, locator 段 1.10 in the in-text citation', () => {
    const out = get();
    expect(out.apa.text).toBe('太原市小店区人民政府. (2024). 政府工作报告. https://baogao.example.org/taiyuan-xiaodian/2024/#p12');
    expect(out.apa.html).toBe(
      '<div class="csl-bib-body">\n  <div data-csl-entry-id="xiaodian2024gwr_p12" class="csl-entry">太原市小店区人民政府. (2024). <i>政府工作报告</i>. <a href="https://baogao.example.org/taiyuan-xiaodian/2024/#p12">https://baogao.example.org/taiyuan-xiaodian/2024/#p12</a></div>\n</div>',
    );
    expect(out.apa.citation).toEqual({ text: '(太原市小店区人民政府, 2024, 段 1.10)', html: '(太原市小店区人民政府, 2024, 段 1.10)' });
  });

  test('Chicago notes-bibliography: bibliography entry and the footnote with the paragraph', () => {
    const out = get();
    expect(out.chicago.text).toBe(
      '太原市小店区人民政府. 政府工作报告. 太原市小店区人民政府, 2024. https://baogao.example.org/taiyuan-xiaodian/2024/#p12.',
    );
    expect(out.chicago.html).toBe(
      '<div class="csl-bib-body">\n  <div data-csl-entry-id="xiaodian2024gwr_p12" class="csl-entry">太原市小店区人民政府. 政府工作报告. 太原市小店区人民政府, 2024. <a href="https://baogao.example.org/taiyuan-xiaodian/2024/#p12">https://baogao.example.org/taiyuan-xiaodian/2024/#p12</a>.</div>\n</div>',
    );
    expect(out.chicago.citation).toEqual({
      text: '太原市小店区人民政府, 政府工作报告 (太原市小店区人民政府, 2024), 段 1.10, https://baogao.example.org/taiyuan-xiaodian/2024/#p12.',
      html: '太原市小店区人民政府, 政府工作报告 (太原市小店区人民政府, 2024), 段 1.10, https://baogao.example.org/taiyuan-xiaodian/2024/#p12.',
    });
  });

  test('MLA 9: organization as author and publisher starts with the title', () => {
    const out = get();
    expect(out.mla.text).toBe('政府工作报告. 太原市小店区人民政府, 2024年2月21日, https://baogao.example.org/taiyuan-xiaodian/2024/#p12.');
    expect(out.mla.html).toBe(
      '<div class="csl-bib-body">\n  <div data-csl-entry-id="xiaodian2024gwr_p12" class="csl-entry">政府工作报告. 太原市小店区人民政府, 2024年2月21日, <a href="https://baogao.example.org/taiyuan-xiaodian/2024/#p12">https://baogao.example.org/taiyuan-xiaodian/2024/#p12</a>.</div>\n</div>',
    );
    expect(out.mla.citation).toEqual({ text: '(政府工作报告, 段 1.10)', html: '(政府工作报告, 段 1.10)' });
  });

  test('BibTeX (biblatex @report) and RIS (RPRT) carry the paragraph in the note', () => {
    const out = get();
    expect(out.bibtex.text).toBe(
      '@report{xiaodian2024gwr_p12,\n\turldate = {2026-11-25},\n\tauthor = {{太原市小店区人民政府}},\n\tdate = {2024-02-21},\n\tnote = {报告人：康建斌；第六届人民代表大会第五次会议；第 1.10 段},\n\tlocation = {太原},\n\tinstitution = {太原市小店区人民政府},\n\ttitle = {政府工作报告},\n\turl = {https://baogao.example.org/taiyuan-xiaodian/2024/#p12},\n}',
    );
    expect(out.ris.text).toBe(
      'TY  - RPRT\nAU  - 太原市小店区人民政府\nCY  - 太原\nDA  - 2024/2/21/\nPY  - 2024\nID  - xiaodian2024gwr_p12\nLA  - zh-CN\nN1  - 报告人：康建斌；第六届人民代表大会第五次会议；第 1.10 段\nPB  - 太原市小店区人民政府\nTI  - 政府工作报告\nUR  - https://baogao.example.org/taiyuan-xiaodian/2024/#p12\nY2  - 2026/11/25/\nER  - ',
    );
    expect(out.url.text).toBe('https://baogao.example.org/taiyuan-xiaodian/2024/#p12');
  });
});

describe('paragraph 1.10 (p12), English reader', () => {
  const get = formatted(targets.en);

  test('GB/T 7714-2015 in English: Baogao as translator', () => {
    const out = get();
    expect(out.gbt7714.text).toBe(
      'Xiaodian District People’s Government, Taiyuan. Report on the Work of the Government[R/OL]. Baogao, trans. (2024-02-21)[2026-11-25]. https://baogao.example.org/en/taiyuan-xiaodian/2024/#p12.',
    );
    expect(out.gbt7714.html).toBe(
      '<div class="csl-bib-body">\n  <div data-csl-entry-id="xiaodian2024gwr_en_p12" class="csl-entry">\n    <div class="csl-right-inline">Xiaodian District People’s Government, Taiyuan. Report on the Work of the Government[R/OL]. Baogao, trans. (2024-02-21)[2026-11-25]. <a href="https://baogao.example.org/en/taiyuan-xiaodian/2024/#p12">https://baogao.example.org/en/taiyuan-xiaodian/2024/#p12</a>.</div>\n  </div>\n</div>',
    );
    expect(out.gbt7714.text).toContain('[R/OL]');
    expect(out.gbt7714.text).toContain('[2026-11-25]');
  });

  test('APA 7: translator, [Unofficial translation], original title, para. 1.10', () => {
    const out = get();
    expect(out.apa.text).toBe(
      'Xiaodian District People’s Government, Taiyuan. (2024). Report on the Work of the Government (Baogao, Trans.) [Unofficial translation]. https://baogao.example.org/en/taiyuan-xiaodian/2024/#p12 (Original work published as 政府工作报告)',
    );
    expect(out.apa.html).toBe(
      '<div class="csl-bib-body">\n  <div data-csl-entry-id="xiaodian2024gwr_en_p12" class="csl-entry">Xiaodian District People’s Government, Taiyuan. (2024). <i>Report on the Work of the Government</i> (Baogao, Trans.) [Unofficial translation]. <a href="https://baogao.example.org/en/taiyuan-xiaodian/2024/#p12">https://baogao.example.org/en/taiyuan-xiaodian/2024/#p12</a> (Original work published as 政府工作报告)</div>\n</div>',
    );
    expect(out.apa.citation).toEqual({
      text: '(Xiaodian District People’s Government, Taiyuan, 2024, para. 1.10)',
      html: '(Xiaodian District People’s Government, Taiyuan, 2024, para. 1.10)',
    });
  });

  test('Chicago notes-bibliography', () => {
    const out = get();
    expect(out.chicago.text).toBe(
      'Xiaodian District People’s Government, Taiyuan. Report on the Work of the Government. Unofficial translation. Translated by Baogao. Xiaodian District People’s Government, Taiyuan, 2024. Originally published as 政府工作报告. https://baogao.example.org/en/taiyuan-xiaodian/2024/#p12.',
    );
    expect(out.chicago.html).toBe(
      '<div class="csl-bib-body">\n  <div data-csl-entry-id="xiaodian2024gwr_en_p12" class="csl-entry">Xiaodian District People’s Government, Taiyuan. <i>Report on the Work of the Government</i>. Unofficial translation. Translated by Baogao. Xiaodian District People’s Government, Taiyuan, 2024. Originally published as 政府工作报告. <a href="https://baogao.example.org/en/taiyuan-xiaodian/2024/#p12">https://baogao.example.org/en/taiyuan-xiaodian/2024/#p12</a>.</div>\n</div>',
    );
    expect(out.chicago.citation).toEqual({
      text: 'Xiaodian District People’s Government, Taiyuan, Report on the Work of the Government, Unofficial translation, trans. Baogao (Xiaodian District People’s Government, Taiyuan, 2024; originally published as 政府工作报告), para. 1.10, https://baogao.example.org/en/taiyuan-xiaodian/2024/#p12.',
      html: 'Xiaodian District People’s Government, Taiyuan, <i>Report on the Work of the Government</i>, Unofficial translation, trans. Baogao (Xiaodian District People’s Government, Taiyuan, 2024; originally published as 政府工作报告), para. 1.10, https://baogao.example.org/en/taiyuan-xiaodian/2024/#p12.',
    });
  });

  test('MLA 9', () => {
    const out = get();
    expect(out.mla.text).toBe(
      'Report on the Work of the Government. Unofficial translation by Baogao. Xiaodian District People’s Government, Taiyuan, 21 Feb. 2024, https://baogao.example.org/en/taiyuan-xiaodian/2024/#p12. Originally published as 政府工作报告.',
    );
    expect(out.mla.html).toBe(
      '<div class="csl-bib-body">\n  <div data-csl-entry-id="xiaodian2024gwr_en_p12" class="csl-entry"><i>Report on the Work of the Government</i>. Unofficial translation by Baogao. Xiaodian District People’s Government, Taiyuan, 21 Feb. 2024, <a href="https://baogao.example.org/en/taiyuan-xiaodian/2024/#p12">https://baogao.example.org/en/taiyuan-xiaodian/2024/#p12</a>. Originally published as 政府工作报告.</div>\n</div>',
    );
    expect(out.mla.citation).toEqual({
      text: '(Report on the Work of the Government, par. 1.10)',
      html: '(<i>Report on the Work of the Government</i>, par. 1.10)',
    });
  });

  test('BibTeX and RIS', () => {
    const out = get();
    expect(out.bibtex.text).toBe(
      "@report{xiaodian2024gwr_en_p12,\n\turldate = {2026-11-25},\n\tauthor = {{Xiaodian District People's Government, Taiyuan}},\n\tdate = {2024-02-21},\n\tnote = {Unofficial translation by Baogao of 政府工作报告; delivered by Kang Jianbin; para. 1.10},\n\torigtitle = {政府工作报告},\n\tlocation = {Taiyuan},\n\tinstitution = {Xiaodian District People's Government, Taiyuan},\n\ttitle = {Report on the {Work} of the {Government}},\n\ttranslator = {{Baogao}},\n\turl = {https://baogao.example.org/en/taiyuan-xiaodian/2024/#p12},\n}",
    );
    expect(out.ris.text).toBe(
      "TY  - RPRT\nAU  - Xiaodian District People's Government, Taiyuan\nCY  - Taiyuan\nDA  - 2024/2/21/\nPY  - 2024\nID  - xiaodian2024gwr_en_p\nLA  - en\nM3  - Unofficial translation\nN1  - Unofficial translation by Baogao of 政府工作报告; delivered by Kang Jianbin; para. 1.10\nPB  - Xiaodian District People's Government, Taiyuan\nTI  - Report on the Work of the Government\nUR  - https://baogao.example.org/en/taiyuan-xiaodian/2024/#p12\nY2  - 2026/11/25/\nER  - ",
    );
    expect(out.url.text).toBe('https://baogao.example.org/en/taiyuan-xiaodian/2024/#p12');
  });
});

describe('the whole report', () => {
  const zh = formatted(targets.zhWhole);
  const en = formatted(targets.enWhole);

  test('GB/T 7714-2015 and APA 7, Chinese reader', () => {
    const out = zh();
    expect(out.gbt7714.text).toBe(
      '太原市小店区人民政府. 政府工作报告[R/OL]. (2024-02-21)[2026-11-25]. https://baogao.example.org/taiyuan-xiaodian/2024/.',
    );
    expect(out.gbt7714.html).toBe(
      '<div class="csl-bib-body">\n  <div data-csl-entry-id="xiaodian2024gwr" class="csl-entry">\n    <div class="csl-right-inline">太原市小店区人民政府. 政府工作报告[R/OL]. (2024-02-21)[2026-11-25]. <a href="https://baogao.example.org/taiyuan-xiaodian/2024/">https://baogao.example.org/taiyuan-xiaodian/2024/</a>.</div>\n  </div>\n</div>',
    );
    expect(out.apa.text).toBe('太原市小店区人民政府. (2024). 政府工作报告. https://baogao.example.org/taiyuan-xiaodian/2024/');
    expect(out.apa.html).toBe(
      '<div class="csl-bib-body">\n  <div data-csl-entry-id="xiaodian2024gwr" class="csl-entry">太原市小店区人民政府. (2024). <i>政府工作报告</i>. <a href="https://baogao.example.org/taiyuan-xiaodian/2024/">https://baogao.example.org/taiyuan-xiaodian/2024/</a></div>\n</div>',
    );
    expect(out.apa.citation).toEqual({ text: '(太原市小店区人民政府, 2024)', html: '(太原市小店区人民政府, 2024)' });
  });

  test('GB/T 7714-2015 and APA 7, English reader', () => {
    const out = en();
    expect(out.gbt7714.text).toBe(
      'Xiaodian District People’s Government, Taiyuan. Report on the Work of the Government[R/OL]. Baogao, trans. (2024-02-21)[2026-11-25]. https://baogao.example.org/en/taiyuan-xiaodian/2024/.',
    );
    expect(out.gbt7714.html).toBe(
      '<div class="csl-bib-body">\n  <div data-csl-entry-id="xiaodian2024gwr_en" class="csl-entry">\n    <div class="csl-right-inline">Xiaodian District People’s Government, Taiyuan. Report on the Work of the Government[R/OL]. Baogao, trans. (2024-02-21)[2026-11-25]. <a href="https://baogao.example.org/en/taiyuan-xiaodian/2024/">https://baogao.example.org/en/taiyuan-xiaodian/2024/</a>.</div>\n  </div>\n</div>',
    );
    expect(out.apa.text).toBe(
      'Xiaodian District People’s Government, Taiyuan. (2024). Report on the Work of the Government (Baogao, Trans.) [Unofficial translation]. https://baogao.example.org/en/taiyuan-xiaodian/2024/ (Original work published as 政府工作报告)',
    );
    expect(out.apa.html).toBe(
      '<div class="csl-bib-body">\n  <div data-csl-entry-id="xiaodian2024gwr_en" class="csl-entry">Xiaodian District People’s Government, Taiyuan. (2024). <i>Report on the Work of the Government</i> (Baogao, Trans.) [Unofficial translation]. <a href="https://baogao.example.org/en/taiyuan-xiaodian/2024/">https://baogao.example.org/en/taiyuan-xiaodian/2024/</a> (Original work published as 政府工作报告)</div>\n</div>',
    );
    expect(out.apa.citation).toEqual({
      text: '(Xiaodian District People’s Government, Taiyuan, 2024)',
      html: '(Xiaodian District People’s Government, Taiyuan, 2024)',
    });
  });
});

describe('every output', () => {
  test('has no "undefined", "NaN" or "[object", and GB/T always has [R/OL] and the access date', () => {
    for (const target of Object.values(targets)) {
      const out = formatCitations(target);
      const strings = Object.values(out).flatMap(({ text, html, citation }) => [
        text,
        html ?? '',
        citation?.text ?? '',
        citation?.html ?? '',
      ]);
      for (const s of strings) {
        expect(s).not.toMatch(/undefined|NaN|\[object/);
      }
      expect(out.gbt7714.text).toContain('[R/OL]. ');
      expect(out.gbt7714.text).toContain('(2024-02-21)[2026-11-25]. https://');
    }
  });

  test('leaves citation-js as it found it: the BibTeX asciiOnly switch is restored', () => {
    const before = plugins.config.get('@bibtex').format.asciiOnly;
    formatCitations(targets.zh);
    expect(plugins.config.get('@bibtex').format.asciiOnly).toBe(before);
  });
});

describe('inputs', () => {
  test('the paragraph fragment is added to a page URL, and a different fragment is refused', () => {
    expect(formatCitations({ ...targets.zh, url: 'https://baogao.example.org/taiyuan-xiaodian/2024/' }).url.text).toBe(
      'https://baogao.example.org/taiyuan-xiaodian/2024/#p12',
    );
    expect(() => formatCitations({ ...targets.zh, url: 'https://baogao.example.org/taiyuan-xiaodian/2024/#p13' })).toThrow(/#p13/);
  });

  test('a given key replaces the derived one', () => {
    expect(formatCitations({ ...targets.en, key: 'xd2024' }).bibtex.text).toMatch(/^@report\{xd2024_en_p12,\n/);
    expect(() => formatCitations({ ...targets.en, key: 'xd-2024' })).toThrow(/letters, digits and _/);
  });

  test('dates must be real ISO dates', () => {
    expect(() => formatCitations({ ...targets.zh, accessed: '2026-02-30' })).toThrow(/accessed/);
    expect(() => formatCitations({ ...targets.zh, report: { ...report, deliveredOn: '2024年2月21日' } })).toThrow(/deliveredOn/);
  });

  test('the English edition needs an English title', () => {
    expect(() => formatCitations({ ...targets.en, report: { ...report, title: { zh: '政府工作报告' } } })).toThrow(/English title/);
  });

  test('APA and MLA keep both author and publisher when they differ', () => {
    const other = { ...targets.zh, report: { ...report, publisher: { zh: '某出版社', en: 'Some Press' } } };
    expect(cslItem(other, 'apa')).toMatchObject({ author: [{ literal: '太原市小店区人民政府' }], publisher: '某出版社' });
    expect(cslItem(other, 'mla')).toMatchObject({ author: [{ literal: '太原市小店区人民政府' }], publisher: '某出版社' });
    expect(cslItem(targets.zh, 'mla')).not.toHaveProperty('author');
    expect(cslItem(targets.zh, 'apa')).not.toHaveProperty('publisher');
  });
});

describe('pinned CSL files', () => {
  test('are the unmodified copies listed in csl/README.md (byte counts)', () => {
    const dir = cslDir();
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    const files = readdirSync(dir).filter((name) => name !== 'README.md');
    expect(files.length).toBe(6);
    for (const name of files) {
      const row = readme.split('\n').find((line) => line.startsWith(`| ${name} `));
      const bytes = row?.split('|').map((cell) => cell.trim())[5];
      expect(bytes, name).toBe(String(statSync(join(dir, name)).size));
    }
  });
});

describe('English not yet reviewed', () => {
  const draft = formatted({ ...targets.en, review: 'draft' });
  const reviewed = formatted({ ...targets.en, review: 'reviewed' });

  test('every format that names the translation calls a draft a draft, never a plain translation', () => {
    const out = draft();
    expect(out.apa.text).toContain('[Unofficial draft translation, not yet reviewed]');
    expect(out.chicago.text).toContain('Unofficial draft translation, not yet reviewed. Translated by Baogao.');
    expect(out.mla.text).toContain('Unofficial draft translation by Baogao, not yet reviewed.');
    expect(out.bibtex.text).toContain('note = {Unofficial draft translation by Baogao of 政府工作报告, not yet reviewed;');
    expect(out.ris.text).toContain('M3  - Unofficial draft translation, not yet reviewed');
    for (const format of ['apa', 'chicago', 'mla', 'bibtex', 'ris'] as const)
      expect(out[format].text).not.toMatch(/Unofficial translation/);
  });

  test('reviewed English is cited as before', () => {
    expect(reviewed().apa.text).toContain('[Unofficial translation]');
    expect(reviewed().apa.text).not.toContain('draft');
  });
});
