/**
 * Page furniture of government web pages: what a copy of the page carries
 * around the article (breadcrumbs, 来源/发布日期 lines, the 索引号 table,
 * 【字号：大 中 小】, 打印/关闭, 分享到, 扫一扫…, 上一篇/下一篇, 责任编辑,
 * copyright lines). Recognised by the shape of the line, never by position
 * alone; used only before the title block and after the end of the report.
 */
import { foldScript } from './script-folding.ts';

/** Labels that open a metadata or page-tool line. */
const LABELS = [
  '首页',
  '当前位置',
  '您当前的位置',
  '您的位置',
  '你的位置',
  '位置',
  '来源',
  '稿源',
  '信息来源',
  '文章来源',
  '作者',
  '发布时间',
  '发布日期',
  '发布机构',
  '发布单位',
  '时间',
  '日期',
  '成文日期',
  '生效日期',
  '索引号',
  '发文机关',
  '发文字号',
  '文号',
  '主题分类',
  '主题词',
  '体裁分类',
  '服务对象',
  '有效性',
  '标题',
  '名称',
  '浏览次数',
  '阅读次数',
  '访问次数',
  '点击数',
  '点击率',
  '字号',
  '字体',
  '责任编辑',
  '编辑',
  '审核',
  '校对',
  '核稿',
  '分享到',
  '分享',
  '上一篇',
  '下一篇',
  '上一条',
  '下一条',
  '相关链接',
  '相关文章',
  '相关阅读',
  '相关新闻',
  '相关稿件',
  '相关信息',
  '附件下载',
  '版权所有',
  '主办',
  '主办单位',
  '承办',
  '承办单位',
  '协办',
  '网站标识码',
  '网站地图',
  '联系我们',
  '技术支持',
  '维护单位',
  '备案号',
];
const LABEL_LINE = new RegExp(`^[【\\[〔（(]?(?:${LABELS.join('|')})[】\\]〕）)]?\\s*[:：>»]`);
/** Lines made only of page tools: 下载 打印 全屏 收藏 / 【打印】【关闭】 / 【字号：加大 还原 减小】. */
const TOOL_WORDS =
  /^(?:[【[（(]?\s*(?:下载|打印|打印本页|打印正文|全屏|收藏|关闭|关闭窗口|返回|返回顶部|顶部|纠错|我要纠错|分享|字号|字体|大|中|小|默认|加大|还原|减小|放大|缩小|保存|打印文章|繁体|简体|繁體|无障碍|长者模式|朗读|语音播报)\s*[:：]?\s*[】\]）)]?[\s|｜/·•]*)+$/;
const BREADCRUMB = /^.{0,40}(?:\s*[>＞»›]\s*.{1,20}){2,}$/;
const DATE_ONLY = /^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const STANDALONE =
  /^(?:[-—–－=\s]*(?:END|End|end|完|全文完)[-—–－=\s]*|扫一扫在手机(?:上)?(?:打开|查看|阅读)当前页|扫一扫在手机打开|扫一扫|手机扫一扫|用手机扫描二维码|微信扫一扫|分享到[:：]?.*|【?打印】?\s*【?关闭】?|相关链接|相关文章|相关阅读|附件下载|Copyright.*|©.*|.*ICP备\d+号.*|.*公网安备\d+号.*|.*版权所有.*|网站标识码.*)$/i;

/** True when the line is page furniture rather than report text. */
export function isFurnitureLine(plain: string): boolean {
  const text = foldScript(plain).trim();
  if (text === '') return true;
  // A link to an attached file (附件：….pdf, 政府工作报告.docx) is page furniture.
  if (text.length <= 80 && /^(?:附件|下载|相关附件)?[:：\s\d]*.{0,60}\.(?:pdf|docx?|wps|xlsx?|et|zip|rar|ofd)$/i.test(text)) return true;
  if (text.length > 120) return false;
  return (
    LABEL_LINE.test(text) ||
    TOOL_WORDS.test(text) ||
    STANDALONE.test(text) ||
    DATE_ONLY.test(text) ||
    (text.length <= 80 && BREADCRUMB.test(text) && !/[。；]/.test(text))
  );
}

/** Furniture that marks the end of an article (what follows it is the rest of the page). */
export function isEndOfArticleLine(plain: string): boolean {
  const text = foldScript(plain).trim();
  if (text.length > 120) return false;
  return isFurnitureLine(text) && !DATE_ONLY.test(text);
}
