/**
 * The in-page half of the browser bench (tests/bench/browser-bench.ts bundles this file and
 * injects it into each page): the content script's own code paths, run and timed in the page
 * itself, plus the same highlights drawn by mark.js for comparison. Exposes `window.reportLensBench`.
 */
import { extractReport } from '../../lib/extract/extract-report';
import { createPainter, type Painter } from '../../lib/highlight/paint';
import { highlightSpans, isHeadingCategory } from '../../lib/highlight/spans';
import { pageTextFromDocument } from '../../lib/page-text/from-document';
import type { DomSpan } from '../../lib/page-text/types';
import { mayBeReport } from '../../lib/page-ui/pre-gate';

/** mark.js 8.11.1's UMD global (the bench injects node_modules/mark.js/dist/mark.min.js). */
declare const Mark: new (context: Element) => {
  markRanges(ranges: Array<{ start: number; length: number }>, options: { each?(element: Element): void; done?(): void }): void;
  unmark(): void;
};

export interface RunTimes {
  /** Page text model: the one TreeWalker-style pass over the DOM. */
  read: number;
  /** Detection plus, on a report, outline, mentions, metadata and indicators. */
  extract: number;
  /** Spans → StaticRanges → named highlights, with style and layout flushed. */
  highlight: number;
  total: number;
  isReport: boolean;
  ranges: number;
}

/** Forces style and layout, so a highlighter's cost that lands there is counted. */
function flush(): void {
  void document.body.offsetHeight;
}

/**
 * The painter, created once per page as the annotator does: adopting its stylesheet restyles the
 * whole document once, a per-page cost reported apart (`styleSetup`), as mark.js's runs get no
 * stylesheet either.
 */
let painter: Painter | null = null;

function styleSetup(): number {
  const t0 = performance.now();
  painter = createPainter(document)!;
  flush();
  return performance.now() - t0;
}

/** One run of what the annotator does on a page (read, extract, paint), timed; the paint is removed after. */
function annotate(): RunTimes {
  const t0 = performance.now();
  const dom = pageTextFromDocument(document, location.href);
  const t1 = performance.now();
  const extraction = extractReport(dom.page);
  const t2 = performance.now();
  let ranges = 0;
  if (extraction.detection.isReport) {
    painter ??= createPainter(document)!;
    ranges = Object.values(painter.paint(highlightSpans(extraction), dom.locate).counts).reduce((a, b) => a + b, 0);
    flush();
  }
  const t3 = performance.now();
  painter?.clear();
  flush();
  return { read: t1 - t0, extract: t2 - t1, highlight: t3 - t2, total: t3 - t0, isReport: extraction.detection.isReport, ranges };
}

/** The content script's gate on this page: milliseconds, and what it decided. */
function preGate(): { ms: number; pass: boolean; scanned: number } {
  const t0 = performance.now();
  const verdict = mayBeReport(document, location.href);
  return { ms: performance.now() - t0, pass: verdict.pass, scanned: verdict.scanned };
}

/**
 * The engine's spans as mark.js ranges: offsets into the concatenation of every text node mark.js
 * sees (it skips only text directly under script, style, title, head and html), one list per
 * call, headings then figures, since mark.js drops ranges that overlap within one call.
 */
function markJsRanges(): Array<Array<{ start: number; length: number }>> {
  const dom = pageTextFromDocument(document, location.href);
  const spans = highlightSpans(extractReport(dom.page));
  const startOf = new Map<Node, number>();
  let length = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/^(?:script|style|title|head|html)$/i.test(node.parentNode?.nodeName ?? '')) continue;
    startOf.set(node, length);
    length += (node as Text).data.length;
  }
  const toRange = (at: DomSpan) => {
    const start = startOf.get(at.startContainer)! + at.startOffset;
    return { start, length: startOf.get(at.endContainer)! + at.endOffset - start };
  };
  const headings: Array<{ start: number; length: number }> = [];
  const figures: Array<{ start: number; length: number }> = [];
  for (const span of spans) {
    const at = dom.locate(span.start, span.end);
    if (at) (isHeadingCategory(span.category) ? headings : figures).push(toRange(at));
  }
  return [headings, figures];
}

/** mark.js wrapping the same ranges, timed with style and layout flushed, then unmarked (untimed). */
function markJs(rangeLists: Array<Array<{ start: number; length: number }>>): { ms: number; marked: number } {
  const mark = new Mark(document.body);
  let marked = 0;
  const t0 = performance.now();
  for (const ranges of rangeLists) mark.markRanges(ranges.map((r) => ({ ...r })), { each: () => void marked++ });
  flush();
  const ms = performance.now() - t0;
  mark.unmark();
  return { ms, marked };
}

/** Runs `fn` `warmup` times untimed, then `runs` times, returning the results. */
function repeat<T>(fn: () => T, runs: number, warmup: number): T[] {
  for (let i = 0; i < warmup; i++) fn();
  return Array.from({ length: runs }, fn);
}

Object.assign(window, { reportLensBench: { styleSetup, annotate, preGate, markJsRanges, markJs, repeat } });
