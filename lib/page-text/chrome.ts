import { readIndexBlocks } from './index-fields';

/**
 * Page furniture that gov CMS templates print around and inside the article. Every rule is anchored
 * and limited to short blocks, so a report paragraph that happens to mention 打印 or 二维码 stays body.
 */

/** Words that make up toolbars, top bars and footers when they stand alone (simplified: rules see folded text). */
const FURNITURE_WORDS = new Set([
  '打印', '打印本页', '打印此页', '打印文章', '打印页面', '打印正文',
  '关闭', '关闭本页', '关闭窗口', '关闭此页', '返回', '返回顶部', '回到顶部', '顶部', '返回首页',
  '收藏', '加入收藏', '收藏本页', '分享', '分享到', '分享至', '纠错', '我要纠错',
  '字号', '字体', '大', '中', '小', '超大', '大字', '中字', '小字', '放大', '缩小', '正常', '默认', '标准', 'A+', 'A-', 'A',
  'EN', 'En', 'English', 'ENGLISH', '英文', '英文版', '移动版', '手机版', '繁体', '简体', '简', '繁', '切换到繁体',
  '无障碍', '无障碍浏览', '无障碍阅读', '长者模式', '关怀版', '适老化', '登录', '注册', '个人登录', '法人登录',
  '首页', '网站首页', '搜索', '上一页', '下一页', '附件', '附件下载', '下载', '扫一扫', '二维码',
  '新媒体', '智能机器人', '智能问答', '智能客服', '网站地图', '联系我们', '关于我们', '网站声明', '隐私声明',
  '安全隐私', '版权保护', '使用帮助', '网站导航', '政务微博', '政务微信', '官方微博', '官方微信', '微博', '微信',
  '朋友圈', 'QQ空间', '新浪微博', '腾讯微博', 'QQ', '电脑版', '客户端', '小程序', '邮箱', '网站纠错', '关于本网', '链接',
]);
const BRACKETS = /[【】[\]〔〕()（）]/g;
/** Token separators, including the bullets, pipes and close marks (×) that stand alone in toolbars. */
const SEPARATORS = /[\s|｜丨/\\、:：,，•·●▪◆■>＞»›\-—–×✕✖╳]+/;

/** Labelled breadcrumb trails (当前位置：…) and trails from 首页 (首页 > …, 首页 / …). */
const LABELLED_BREADCRUMB =
  /^(?:您?(?:现在)?(?:所在|当前)的?(?:位置|栏目)|您的位置|当前位置|所在位置|位置)\s*[:：]|^(?:网站)?首页\s*[>＞»›/]/;
const TRAIL_ARROW = /\s*[>＞»›]{1,3}\s*/;
const MAX_TRAIL_STEP = 40;

/**
 * An unlabelled trail: steps joined by two or more arrows (政府机构 >> 龙泉镇 >> 信息公开), or the
 * tail of a trail broken after 首页 (">> 政务公开 >> 法治政府建设年度报告"). Steps before the last hold
 * no digits, so a line comparing figures (满意度>90%，办结率>95%) stays body. A split, not one
 * regex: nested repetition over the arrows would backtrack exponentially on ">>" runs.
 */
function isArrowTrail(text: string): boolean {
  const steps = text.split(TRAIL_ARROW);
  const last = steps.length - 1;
  if (last < 1 || steps[last] === '' || (last === 1 && steps[0] !== '')) return false;
  return steps.every((step, k) => step.length <= MAX_TRAIL_STEP && (k === last || !/\d/.test(step)));
}

/** Whether a short folded block is a breadcrumb trail: it names the column, not the document. */
export function isBreadcrumb(text: string): boolean {
  return text.length <= MAX_BREADCRUMB_BLOCK && (LABELLED_BREADCRUMB.test(text) || isArrowTrail(text));
}

const MAX_FURNITURE_BLOCK = 60;
const MAX_BREADCRUMB_BLOCK = 150;
const MAX_FOOTER_BLOCK = 150;
const MAX_PUBLICATION_LINE = 100;

/** Short-block patterns, each anchored at the block start unless it names a footer-only token. */
const SHORT_CHROME: Array<[RegExp, number]> = [
  [/^今天是/, MAX_FURNITURE_BLOCK],
  [/^(?:用|打开)?(?:手机|微信)*(?:扫一扫|扫描二维码|扫码(?:查看|阅读|打开|关注|分享))/, MAX_FURNITURE_BLOCK],
  [/^(?:微信|手机|网站|政务|官方|本页)\S{0,6}二维码$/, 20],
  [/^分享(?:至|到)/, MAX_FURNITURE_BLOCK],
  [/^(?:相关|下载)?附件(?:下载)?\s*[:：]?$/, MAX_FURNITURE_BLOCK],
  [/^(?:浏览|阅读|点击|访问)(?:量|次数|数|次)/, MAX_FURNITURE_BLOCK],
  [/^(?:上一篇|下一篇|上一条|下一条|上篇|下篇)/, MAX_BREADCRUMB_BLOCK],
  [/^(?:相关(?:链接|阅读|文章|新闻|信息|稿件|文件|解读)|延伸阅读|推荐阅读|热点推荐|热门文章)\s*[:：]?$/, MAX_FURNITURE_BLOCK],
  [/支持\s*IPv6/i, 30],
  [/^[\u4e00-\u9fff]{2,8}\s?(?:APP|App|app|客户端)$/, 14],
  [/网站标识码|ICP[备证]|公网安备|版权所有|Copyright|©|^(?:主办|承办|协办)(?:单位)?\s*[:：]|技术支持\s*[:：]|网站维护|维护单位\s*[:：]/i, MAX_FOOTER_BLOCK],
];

/**
 * Publication-info lines (时间:2020-02-04 15:32 来源:沙坡头区司法局, 发布日期：…, 发布于:2023-02-10 09:04,
 * 2022-03-10 10:58 字号:).
 * Chrome for the outline; they stay in `text`, where metadata reads them.
 */
const PUBLICATION_LINE = [
  /^(?:发布|发表|更新|生成|成文|录入|印发)?(?:时间|日期)\s*[:：]/,
  /^(?:发布|发表|更新)于\s*[:：]?\s*\d{4}/,
  /^(?:信息|文章|稿件|新闻|内容)?来源\s*[:：]/,
  /^[(（【[]?(?:作者|编辑|责任编辑|责编|审核|审校|校对|供稿|撰稿|发布者|发布人)\s*[:：]/,
  /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}/,
  /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s.*(?:来源|字号|字体|浏览|阅读|作者|编辑)/,
];

const LONGEST_FURNITURE_WORD = Math.max(...[...FURNITURE_WORDS].map((word) => word.length));

/** A block made only of furniture words, separated or glued by adjacent spans ("打印关闭"). */
function isFurnitureOnly(text: string): boolean {
  if (text.length > MAX_FURNITURE_BLOCK) return false;
  return text
    .replace(BRACKETS, ' ')
    .split(SEPARATORS)
    .every((token) => isFurnitureSequence(token));
}

/** Whether `token` splits into furniture words (word-break dynamic programming; tokens are short). */
function isFurnitureSequence(token: string): boolean {
  const reachable = [true];
  for (let end = 1; end <= token.length; end++) {
    reachable[end] = false;
    for (let start = Math.max(0, end - LONGEST_FURNITURE_WORD); start < end && !reachable[end]; start++) {
      reachable[end] = reachable[start] && FURNITURE_WORDS.has(token.slice(start, end));
    }
  }
  return reachable[token.length];
}

/**
 * Whether one block, on its own, is page furniture. `text` must be folded (lib/text/fold.ts),
 * trimmed, with whitespace collapsed.
 * Index tables need their neighbours: see {@link classifyChrome}.
 */
export function isChromeBlock(text: string): boolean {
  if (isFurnitureOnly(text) || isBreadcrumb(text)) return true;
  for (const [pattern, maxLength] of SHORT_CHROME) {
    if (text.length <= maxLength && pattern.test(text)) return true;
  }
  return text.length <= MAX_PUBLICATION_LINE && PUBLICATION_LINE.some((pattern) => pattern.test(text));
}

export interface ChromeReading {
  /** Per block: page furniture, publication lines and index-table blocks. */
  chrome: boolean[];
  /** Fields of the index table or list, see `DocumentMeta.indexFields`. */
  indexFields: Record<string, string>;
}

/**
 * Classifies a page's blocks (reading order) as chrome or not, and reads the index fields on the
 * way. Shared by the DOM and plain-text paths so both see the same page the same way. Rules match
 * the folded texts, so big5 pages (扫一扫在手機上查看當前頁面) classify like simplified ones.
 *
 * @param folded folded block texts, trimmed, whitespace collapsed
 * @param printed the same blocks as printed: index field values are taken from these
 * @param tags block tags ('li' marks DOM list items; plain-text lines are 'line' and count as list
 *   items when bulleted)
 */
export function classifyChrome(folded: readonly string[], printed: readonly string[], tags: readonly string[]): ChromeReading {
  const index = readIndexBlocks(folded, printed, tags);
  const chrome = folded.map((text, i) => index.blocks.has(i) || isChromeBlock(text) || isTrailOfNextBlock(text, folded[i + 1]));
  return { chrome, indexFields: index.fields };
}

/** Breadcrumb separators: spaces, >, /, ». */
const TRAIL_SEPARATOR = /[\s>＞»›/]/;

/**
 * A breadcrumb without a 当前位置 label ("美章网 资料文库 地区依法行政情况报告范文"): a short line of
 * separated steps whose last step is the title printed right below it.
 */
function isTrailOfNextBlock(text: string, next: string | undefined): boolean {
  if (next === undefined || next.length < 4 || text.length > MAX_BREADCRUMB_BLOCK || !text.endsWith(next)) return false;
  const trail = text.slice(0, text.length - next.length);
  return TRAIL_SEPARATOR.test(trail.slice(-1)) && trail.split(TRAIL_SEPARATOR).filter(Boolean).length >= 2;
}
