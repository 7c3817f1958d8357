// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../lib/extract/extract-report';
import { highlightSpans, isFigureCategory } from '../../../lib/highlight/spans';
import { pageTextFromDocument } from '../../../lib/page-text/from-document';
import { boxAt, buildFigureLookup, type PaintedFigure } from '../../../lib/page-ui/figure-lookup';
import { fixtureEntries, fixtureHtml, loadIntoDocument } from './fixture-dom';

const xiamen = fixtureEntries().find((f) => f.file === 'reports/003-xiamen-2021.html')!;

describe('buildFigureLookup', () => {
  const doc = loadIntoDocument(fixtureHtml(xiamen));
  const { page, locate } = pageTextFromDocument(doc, xiamen.url);
  const extraction = extractReport(page);
  const figures: PaintedFigure[] = highlightSpans(extraction).flatMap((span) => {
    const at = isFigureCategory(span.category) ? locate(span.start, span.end) : null;
    return at ? [{ id: span.source, span: at }] : [];
  });
  const lookup = buildFigureLookup(doc, figures);
  const received = extraction.mentions.findIndex((m) => m.value === 1719);

  /** The text node holding `text` exactly (a node of its own in the template). */
  const nodeOf = (text: string) => {
    const walker = doc.createTreeWalker(doc.body, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node as Text).data.includes(text)) return node as Text;
    throw new Error(`no node with ${text}`);
  };

  it('finds the figure from a caret in any of its text nodes: 申请<span>1719</span>件 (厦门 2021)', () => {
    const digits = nodeOf('1719');
    expect(lookup.at(digits, 2).map((f) => f.id)).toEqual([received]);
    // 件 begins the next text node, after </span>.
    const after = digits.parentNode!.nextSibling as Text;
    expect(after.data.startsWith('件')).toBe(true);
    expect(lookup.at(after, 0).map((f) => f.id)).toContain(received);
    expect(lookup.byId(received)!.span.startContainer).toBe(digits);
  });

  it('finds nothing in text without figures, or in nodes it never painted', () => {
    const prose = nodeOf('设立市级行政复议受理中心');
    const at = prose.data.indexOf('设立市级行政复议受理中心');
    expect(lookup.at(prose, at + 3)).toEqual([]);
    expect(lookup.at(doc.createTextNode('1719件'), 1)).toEqual([]);
  });
});

describe('boxAt', () => {
  // "行政复议案件68件" wrapped over two lines: two boxes.
  const boxes = [
    { left: 900, top: 200, right: 1000, bottom: 220 },
    { left: 0, top: 222, right: 30, bottom: 242 },
  ];

  it('returns the line box under the point, tolerating the gap between lines', () => {
    expect(boxAt(boxes, 950, 210)).toBe(boxes[0]);
    expect(boxAt(boxes, 10, 230)).toBe(boxes[1]);
    expect(boxAt(boxes, 1000.5, 221)).toBe(boxes[0]);
  });

  it('returns null beside the text, where a caret would still snap to it', () => {
    expect(boxAt(boxes, 500, 210)).toBeNull();
    expect(boxAt(boxes, 40, 230)).toBeNull();
    expect(boxAt([], 0, 0)).toBeNull();
  });
});
