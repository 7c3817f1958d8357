// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { paintHighlights } from '../../../lib/highlight/paint';
import { highlightName, type HighlightSpan } from '../../../lib/highlight/spans';
import { pageTextFromDocument } from '../../../lib/page-text/from-document';

/**
 * happy-dom has no CSS Custom Highlight API; these minimal stand-ins record what the painter
 * registers (the real API is exercised in Chromium by tests/e2e).
 */
class FakeStaticRange {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
  constructor(init: { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }) {
    ({ startContainer: this.startContainer, startOffset: this.startOffset } = init);
    ({ endContainer: this.endContainer, endOffset: this.endOffset } = init);
  }
}
class FakeHighlight extends Set<FakeStaticRange> {
  priority = 0;
  constructor(...ranges: FakeStaticRange[]) {
    super(ranges);
  }
}

type PatchedWindow = Record<string, unknown> & { CSS: { highlights?: Map<string, FakeHighlight> } };
const win = window as unknown as PatchedWindow;

function installHighlightApi(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  win.StaticRange = FakeStaticRange;
  win.Highlight = FakeHighlight;
  win.CSS = { ...(win.CSS ?? {}), highlights: registry };
  return registry;
}

afterEach(() => {
  delete win.StaticRange;
  delete win.Highlight;
  if (win.CSS) delete win.CSS.highlights;
  document.adoptedStyleSheets = [];
});

/** Seed 003 (厦门 2021), with the figures inside inline tags as CMS editors leave them. */
const ARTICLE = `<div class="article"><p>一、坚持以习近平法治思想为指引,加强党对法治政府建设的领导</p>
<p>全市各级行政复议机关共收到行政复议申请<b>1719件</b>,受理<span>1541</span>件。</p></div>`;

function spansOf(text: string): HighlightSpan[] {
  const heading = '一、坚持以习近平法治思想为指引,加强党对法治政府建设的领导';
  const at = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
  return [
    { category: 'heading-1', ...at(heading) },
    { category: 'figure', ...at('1719件') },
    { category: 'figure-other', ...at('1541件') },
  ];
}

function textOf(range: FakeStaticRange): string {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
}

describe('paintHighlights', () => {
  it('registers one named highlight per category over the right text, adding no node to the page', () => {
    const registry = installHighlightApi();
    document.body.innerHTML = ARTICLE;
    const before = document.body.innerHTML;
    const { page, locate } = pageTextFromDocument(document, 'https://www.xm.gov.cn/a.htm');

    const painted = paintHighlights(document, spansOf(page.text), locate)!;

    expect(painted.counts).toMatchObject({ 'heading-1': 1, figure: 1, 'figure-other': 1, 'heading-2': 0 });
    expect([...registry.get(highlightName('figure'))!].map(textOf)).toEqual(['1719件']);
    // Crosses the <span> boundary: ranges follow text, not elements.
    expect([...registry.get(highlightName('figure-other'))!].map(textOf)).toEqual(['1541件']);
    expect(registry.get(highlightName('figure'))!.priority).toBeGreaterThan(registry.get(highlightName('heading-1'))!.priority);
    expect(registry.has(highlightName('heading-2'))).toBe(false);
    expect(document.body.innerHTML).toBe(before);
    expect(document.adoptedStyleSheets).toHaveLength(1);

    painted.clear();
    expect([...registry.keys()].filter((name) => name.startsWith('report-lens-'))).toEqual([]);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('skips spans that locate to no text and still paints the others', () => {
    installHighlightApi();
    document.body.innerHTML = ARTICLE;
    const { page, locate } = pageTextFromDocument(document);
    const spans = [...spansOf(page.text), { category: 'figure' as const, start: page.text.length + 5, end: page.text.length + 9 }];
    expect(paintHighlights(document, spans, locate)!.counts.figure).toBe(1);
  });

  it('leaves the page alone where the browser has no highlight registry', () => {
    document.body.innerHTML = ARTICLE;
    const before = document.documentElement.outerHTML;
    const { page, locate } = pageTextFromDocument(document);
    expect(paintHighlights(document, spansOf(page.text), locate)).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
