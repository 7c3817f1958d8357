/**
 * The page text model every layer of the engine reads.
 *
 * `text` is what a reader sees, block by block, joined with '\n'. `folded` has exactly the
 * same length and is what matching runs on: traditional characters folded to simplified,
 * full-width ASCII to half-width, so one set of patterns serves big5 gateways and odd
 * typesetting while offsets still point into `text` (and, through a DOM map, into the page).
 */
export type BlockRole =
  /** Article body: outline, mentions and indicators read only these. */
  | 'body'
  /** Page chrome inside or around the article (字号 大中小, 打印/关闭, 扫一扫…): ignored. */
  | 'chrome'
  /** Text outside the detected article container (nav, footer, sidebars); metadata may still read it. */
  | 'outside';

export interface TextBlock {
  start: number;
  /** Exclusive. `text.slice(start, end)` never contains '\n'. */
  end: number;
  role: BlockRole;
  /** Lower-case tag of the block element (h1, p, td…), or 'line' for plain text. */
  tag: string;
}

export interface DocumentMeta {
  url: string | null;
  /** The `<title>` element's text. */
  htmlTitle: string | null;
  /** Gov CMS meta tags by lower-cased name: articletitle, sitename, columnname, pubdate, contentsource, keywords… */
  metaTags: Record<string, string>;
  /**
   * Fields of the 政府信息公开 index-number table (索引号, 发布机构, 发文机关, 成文日期, 发布日期, 主题分类…),
   * keyed by the label as printed, with trailing colons and padding spaces removed (索 引 号： → 索引号).
   * A list printed without labels is keyed by value shape: 索引号, 发布日期, 发布机构, 有效性.
   * Kept as metadata, dropped from the body.
   */
  indexFields: Record<string, string>;
}

export interface PageText {
  text: string;
  /** Same length as `text`; see the module comment. */
  folded: string;
  blocks: TextBlock[];
  meta: DocumentMeta;
}

/** A text span in the live DOM: what a StaticRange needs. */
export interface DomSpan {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/** A page built from a DOM, plus the way back from text offsets to DOM positions. */
export interface DomPageText {
  page: PageText;
  /** Maps [start, end) of `page.text` to DOM text positions; null if the span crosses no text node. */
  locate(start: number, end: number): DomSpan | null;
}
