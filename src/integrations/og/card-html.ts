/**
 * The HTML of a report's 1200×630 social preview card: the title in Chinese
 * and English, the region and the year. Text is escaped; fonts are the
 * machine's Noto CJK (no downloads).
 */
import { escapeHtml as escape } from '../../lib/escape-html.ts';
import type { OgCard } from './cards.ts';

export function ogCardHtml(card: OgCard): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
  html,body{margin:0;width:1200px;height:630px}
  body{display:flex;flex-direction:column;justify-content:space-between;box-sizing:border-box;padding:64px 72px;
    background:#fdfcf9;color:#1c1b19;font-family:'Noto Serif CJK SC',serif;border-top:18px solid #9a2a1a}
  .region{font:500 34px 'Noto Sans CJK SC',sans-serif;color:#55524b}
  .zh{font-size:96px;font-weight:700;letter-spacing:.08em;margin:12px 0 8px}
  .en{font:400 44px 'Noto Serif',serif;color:#333}
  .foot{display:flex;justify-content:space-between;align-items:flex-end;font:500 30px 'Noto Sans CJK SC',sans-serif;color:#55524b}
  .year{font-size:120px;font-weight:700;color:#9a2a1a;line-height:1}
  </style></head><body>
  <div><div class="region">${escape(card.region.zh)} · <span lang="en">${escape(card.region.en)}</span></div>
  <div class="zh">${escape(card.title.zh)}</div>
  ${card.title.en ? `<div class="en" lang="en">${escape(card.title.en)}</div>` : ''}</div>
  <div class="foot"><span>报告 Baogao · 中英对照注释版 · <span lang="en">bilingual, annotated</span></span><span class="year">${card.year}</span></div>
  </body></html>`;
}
