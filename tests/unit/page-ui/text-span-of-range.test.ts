// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageTextFromDocument } from '../../../lib/page-text/from-document';
import { textSpanOfRange } from '../../../lib/page-ui/text-span-of-range';
import { fixtureEntries, fixtureHtml, loadIntoDocument } from './fixture-dom';

const xiamen = fixtureEntries().find((f) => f.file === 'reports/003-xiamen-2021.html')!;

/** The text node holding `needle` and the offset of `needle` in it. */
function pointAt(doc: Document, needle: string): { node: Text; offset: number } {
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(needle);
    if (at >= 0) return { node, offset: at };
  }
  throw new Error(`not in the page: ${needle}`);
}

describe('textSpanOfRange', () => {
  const doc = loadIntoDocument(fixtureHtml(xiamen));
  const { page, locate } = pageTextFromDocument(doc, xiamen.url);

  it('maps a selection crossing an inline tag to the page text it shows (厦门 2021: 申请<span>1719</span>件)', () => {
    const from = pointAt(doc, '全市各级行政复议机关');
    const to = pointAt(doc, '件,受理1541件');
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset + 1);
    const span = textSpanOfRange(doc, range, page.text, locate)!;
    expect(page.text.slice(span.start, span.end)).toBe('全市各级行政复议机关共收到行政复议申请1719件');
  });

  it('maps a selection spanning paragraphs, trimmed of the whitespace at its ends', () => {
    const from = pointAt(doc, '一、坚持以习近平法治思想为指引');
    const range = doc.createRange();
    range.setStart(from.node, 0);
    range.setEnd(from.node.parentElement!.closest('p')!.nextElementSibling!, 1);
    const span = textSpanOfRange(doc, range, page.text, locate)!;
    const text = page.text.slice(span.start, span.end);
    expect(text.startsWith('一、坚持以习近平法治思想为指引')).toBe(true);
    expect(text).toContain('\n一是深入贯彻习近平法治思想');
    expect(text).toBe(text.trim());
  });

  it('gives null for a collapsed selection, blank space, or a point in another tree', () => {
    const from = pointAt(doc, '全市各级行政复议机关');
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    expect(textSpanOfRange(doc, range, page.text, locate)).toBeNull();

    const detached = doc.createElement('p');
    detached.textContent = '行政复议';
    expect(
      textSpanOfRange(doc, { startContainer: detached.firstChild!, startOffset: 0, endContainer: detached.firstChild!, endOffset: 4 }, page.text, locate),
    ).toBeNull();
  });
});
