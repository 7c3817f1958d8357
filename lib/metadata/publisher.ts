import type { PageText } from '../page-text/types';
import { headBlocks, issuerUnderTitle, tailBlocks } from '../evidence/page-head';
import { foldText } from '../text/fold';

/**
 * The issuing body, when the page prints one: the 政府信息公开 index (发布机构/发文机关), the CMS's
 * ContentSource meta, a 来源:/信息来源: line (时间:2020年11月15日 来源:沙坡头区司法局), the issuing
 * body printed under the title (天水市人民政府 / (2015年1月12日)), or the signing body above the
 * closing date. The index's issuing organ (发布机构, 责任部门) outranks a 信息来源 line, which often
 * names the office that typed the page in (党政办公室) rather than the government. A media outlet
 * (中国九江网, …日报, 新华社) is where the text was copied from, not who issued it, so it never counts.
 */

const INDEX_LABELS = [
  '发布机构', '发文机关', '发文机构', '发布单位', '发文单位', '制发机关', '生成机构', '公开主体', '责任部门', '信息来源', '来源',
];
const SOURCE_LINE = /(?:信息来源|文章来源|稿件来源|内容来源|来源|发布机构|发布单位|发文机关)\s*[:：]\s*([^\s|｜:：]{2,30})/;
/**
 * Organs end like this; a bare place (浙江) or a person is not a publisher. A township (溪口镇,
 * XX乡, XX街道) is its own government and is printed without 人民政府 in index tables.
 */
const ORGANISATION = /(?:人民政府|政府|委员会|办公室|办事处|局|厅|委|部|办|署|院|中心|司|所|站|处|室|组|会|(?<![城小])镇|(?<!城)乡|街道)$/;
const MEDIA = /(?:网|网站|日报|晚报|报社|报|电视台|广播电台|广播|新闻|新闻网|融媒体中心|传媒|杂志|客户端|在线|发布)$|^(?:本网|本站|新华社|人民网|央视)/;
const MAX_LINE = 100;
const SIGNATURE_BLOCKS = 12;
const MAX_SIGNER = 40;
const DATE_ONLY = /^(?:(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$/;

/** A printed source names the publisher when it is an organisation and not a media outlet. */
function organisation(text: string): string | null {
  const value = text.trim();
  const folded = foldText(value);
  return !MEDIA.test(folded) && ORGANISATION.test(folded) ? value : null;
}

function fromIndex(page: PageText): string | null {
  for (const label of INDEX_LABELS) {
    const value = page.meta.indexFields[label];
    const publisher = value ? organisation(value.slice(0, MAX_LINE)) : null;
    if (publisher) return publisher;
  }
  return null;
}

function fromMeta(page: PageText): string | null {
  const source = page.meta.metaTags['contentsource'] ?? page.meta.metaTags['source'];
  return source ? organisation(source.slice(0, MAX_LINE)) : null;
}

/** 来源:… lines in the head and the tail of the page (001 ends with 来源:中国九江网). */
function fromSourceLine(page: PageText): string | null {
  for (const block of [...headBlocks(page), ...tailBlocks(page, SIGNATURE_BLOCKS)]) {
    if (block.end - block.start > MAX_LINE) continue;
    const match = SOURCE_LINE.exec(page.folded.slice(block.start, block.end));
    if (!match) continue;
    const start = block.start + match.index + match[0].length - match[1].length;
    const publisher = organisation(page.text.slice(start, start + match[1].length));
    if (publisher) return publisher;
  }
  return null;
}

/** The organisation line right above the closing date (中共…委员会办公室 / 2020年11月15日). */
function fromSignature(page: PageText): string | null {
  let seen = 0;
  let previousWasDate = false;
  for (let i = page.blocks.length - 1; i >= 0 && seen < SIGNATURE_BLOCKS; i--) {
    const block = page.blocks[i];
    if (block.role === 'outside') continue;
    seen++;
    const folded = page.folded.slice(block.start, block.end).trim();
    if (previousWasDate && folded.length <= MAX_SIGNER && ORGANISATION.test(folded) && !/[。，,]/.test(folded)) {
      return page.text.slice(block.start, block.end).trim();
    }
    previousWasDate = DATE_ONLY.test(folded);
  }
  return null;
}

/**
 * The publisher as printed, or null. A media source line does not stop the search: the body
 * may still be signed by the government that issued it.
 */
export function readPublisher(page: PageText): string | null {
  return fromIndex(page) ?? fromMeta(page) ?? fromSourceLine(page) ?? issuerUnderTitle(page)?.text ?? fromSignature(page);
}
