/**
 * A long report for the ingest benchmark, made from the real report's
 * paragraphs (markers removed) and laid out as a PDF extract, a web copy or an
 * HTML page: one part per 十 sections, five paragraphs per section, until the
 * report holds `characters` Chinese characters. Benchmark input only, never content.
 */
const PARTS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
const SECTIONS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function syntheticReport(realSource: string, characters: number, kind: 'md' | 'txt' | 'html'): string {
  const paragraphs = realSource
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\n/g, '').trim())
    .filter((block) => block.length > 80 && !block.startsWith('#') && !/^\d+\./.test(block) && !block.includes('<sup>['))
    .map((block) => block.replace(/\*\*/g, ''));
  const body: { heading?: string; depth?: number; text?: string }[] = [];
  let count = 0;
  let next = 0;
  for (let part = 0; part < PARTS.length && count < characters; part++) {
    body.push({ heading: `${PARTS[part]}、第${PARTS[part]}部分工作`, depth: 2 });
    for (let section = 0; section < SECTIONS.length && count < characters; section++) {
      body.push({ heading: `（${SECTIONS[section]}）第${SECTIONS[section]}方面重点任务`, depth: 3 });
      for (let k = 0; k < 5 && count < characters; k++) {
        const text = paragraphs[next++ % paragraphs.length] ?? '';
        body.push({ text });
        count += (text.match(/[\u3400-\u9fff]/g) ?? []).length;
      }
    }
  }
  const title = ['政府工作报告', '——2024年2月21日在太原市小店区第六届人民代表大会第五次会议上', '区长 康建斌', '各位代表：'];
  if (kind === 'html') {
    const items = body.map((item) => (item.heading ? `<p><strong>${item.heading}</strong></p>` : `<p>\u3000\u3000${item.text}</p>`));
    return `<!doctype html><html><head><meta charset="utf-8"><title>政府工作报告</title></head><body><nav><a href="/">首页</a></nav><div class="article">${[
      `<h1>${title[0]}</h1>`,
      ...title.slice(1).map((line) => `<p>${line}</p>`),
      ...items,
    ].join('\n')}</div><footer>版权所有</footer></body></html>\n`;
  }
  if (kind === 'txt') return `${[...title, ...body.map((item) => item.heading ?? item.text)].join('\n')}\n`;
  return `# ${title[0]}\n\n${[...title.slice(1), ...body.map((item) => (item.heading ? `${'#'.repeat(item.depth ?? 2)} ${item.heading}` : item.text))].join('\n\n')}\n`;
}
