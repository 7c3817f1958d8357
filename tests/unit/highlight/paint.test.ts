// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractReport } from '../../../lib/extract/extract-report';
import { createPainter } from '../../../lib/highlight/paint';
import { highlightName, highlightSpans, type HighlightSpan } from '../../../lib/highlight/spans';
import { FALLBACK_MARK_TAG } from '../../../lib/highlight/styles';
import { pageTextFromDocument } from '../../../lib/page-text/from-document';
import type { DomSpan } from '../../../lib/page-text/types';

/**
 * happy-dom has no CSS Custom Highlight API: the fallback painter is what runs here by default.
 * The API path is exercised with minimal stand-ins that record what the painter registers (the
 * real API is exercised in Chromium by tests/e2e/annotation.e2e.test.ts).
 */
class FakeStaticRange {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
  constructor(init: DomSpan) {
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
  vi.restoreAllMocks();
});

/** The 厦门 2021 fixture page: a real gov template, 1719 typeset as <span lang="EN-US">1719</span>件. */
const XIAMEN = readFileSync(join(import.meta.dirname, '../../fixtures/reports/003-xiamen-2021.html'), 'utf8');

function loadXiamen() {
  document.documentElement.innerHTML = /<html[^>]*>([\s\S]*)<\/html>/i.exec(XIAMEN)![1];
  const dom = pageTextFromDocument(document, 'https://www.xm.gov.cn/zwgk/tzgg/202203/t20220310_2632210.htm');
  const spans = highlightSpans(extractReport(dom.page));
  return { ...dom, spans };
}

function textOf(span: DomSpan | FakeStaticRange): string {
  const live = document.createRange();
  live.setStart(span.startContainer, span.startOffset);
  live.setEnd(span.endContainer, span.endOffset);
  return live.toString().replace(/\s+/g, '');
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe('createPainter with the Highlight API', () => {
  it('registers one named highlight per category over the engine’s spans, adding no node to the page', () => {
    const registry = installHighlightApi();
    const { page, locate, spans } = loadXiamen();
    const before = document.documentElement.outerHTML;
    const painter = createPainter(document)!;
    expect(painter.mode).toBe('highlight-api');

    const { counts, located } = painter.paint(spans, locate);
    expect(counts['heading-1']).toBe(spans.filter((s) => s.category === 'heading-1').length);
    expect([...registry.get(highlightName('figure-disputes'))!].map(textOf)).toContain('1719件');
    expect(registry.get(highlightName('figure-disputes'))!.priority).toBeGreaterThan(registry.get(highlightName('heading-1'))!.priority);
    located.forEach((at, i) => expect(textOf(at!)).toBe(squash(page.text.slice(spans[i].start, spans[i].end))));
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.adoptedStyleSheets).toHaveLength(1);

    painter.setVisible(false);
    expect(document.adoptedStyleSheets[0].disabled).toBe(true);
    painter.setVisible(true);
    expect(document.adoptedStyleSheets[0].disabled).toBe(false);

    painter.dispose();
    expect([...registry.keys()].filter((name) => name.startsWith('report-lens-'))).toEqual([]);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('skips spans that locate to no text and still paints the others', () => {
    installHighlightApi();
    const { page, locate, spans } = loadXiamen();
    const beyond: HighlightSpan = { category: 'figure-other', start: page.text.length + 5, end: page.text.length + 9, source: 99 };
    const painter = createPainter(document)!;
    const { counts, located } = painter.paint([...spans, beyond], locate);
    expect(located.at(-1)).toBeNull();
    expect(counts['figure-other']).toBe(spans.filter((s) => s.category === 'figure-other').length);
  });
});

describe('createPainter without the Highlight API (the wrapping fallback)', () => {
  it('wraps the same text in report-lens-mark elements, crossing inline tags, and never through innerHTML', () => {
    const { page, locate, spans } = loadXiamen();
    const innerHtml = vi.spyOn(Element.prototype, 'innerHTML', 'set');
    const painter = createPainter(document)!;
    expect(painter.mode).toBe('wrap');

    const { located, counts } = painter.paint(spans, locate);
    expect(innerHtml).not.toHaveBeenCalled();
    located.forEach((at, i) => expect(textOf(at!)).toBe(squash(page.text.slice(spans[i].start, spans[i].end))));
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(spans.length);

    // 1719 sits in <span lang="EN-US">, 件 after it: two marks, both in the disputes colour.
    const marks = [...document.querySelectorAll(`${FALLBACK_MARK_TAG}[data-rl="figure-disputes"]`)];
    const around1719 = marks.filter((m) => m.textContent === '1719' || m.previousElementSibling?.textContent === '1719');
    expect(around1719[0].parentElement!.getAttribute('lang')).toBe('EN-US');
    expect(document.body.textContent).toContain('共收到行政复议申请1719件');
  });

  it('takes the marks off again leaving the very same text nodes, so the page reads the same', () => {
    const { page, locate, spans } = loadXiamen();
    const textNodes = () => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const nodes: Node[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
      return nodes;
    };
    const before = textNodes();
    const html = document.body.innerHTML;
    const painter = createPainter(document)!;
    painter.paint(spans, locate);
    expect(document.querySelectorAll(FALLBACK_MARK_TAG).length).toBeGreaterThan(spans.length / 2);
    // Painting again replaces the marks rather than nesting them.
    painter.paint(spans, locate);
    painter.clear();
    expect(document.querySelectorAll(FALLBACK_MARK_TAG)).toHaveLength(0);
    expect(document.body.innerHTML).toBe(html);
    const after = textNodes();
    expect(after).toHaveLength(before.length);
    expect(after.every((node, i) => node === before[i])).toBe(true);
    expect(pageTextFromDocument(document).page.text).toBe(page.text);
  });

  it('maps a point inside a wrapped piece back to the original text node', () => {
    const { locate, spans } = loadXiamen();
    const painter = createPainter(document)!;
    const figure = spans.findIndex((s) => s.category === 'figure-disputes');
    const original = locate(spans[figure].start, spans[figure].end)!;
    const { located } = painter.paint(spans, locate);
    const point = painter.originalPoint(located[figure]!.startContainer, located[figure]!.startOffset);
    expect(point).toEqual({ node: original.startContainer, offset: original.startOffset });
  });
});
