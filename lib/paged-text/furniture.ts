import { foldText } from '../text/fold';
import type { PrintedLine } from './lines';

/** Running heads and page numbers live in these shares of the page height, at the top and the bottom. */
const MARGIN_BAND = 0.12;
/** A gap this many line pitches wide sets the head or foot apart from the text block. */
const MARGIN_GAP = 1.8;
/** Baselines within this many PDF units count as the same place on two pages. */
const SAME_PLACE = 3;
/** A margin line repeated on at least this share of the pages is a running head or foot. */
const REPEATED_SHARE = 0.5;

/** 第3页, 第 3 页 共 12 页, 共12页, - 3 -, — 3 —, 3 / 12, Page 3 of 12, or a bare number. */
const PAGE_NUMBER =
  /^(?:第\s*\d+\s*页(?:\s*[,/]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页(?:\s*第\s*\d+\s*页)?|[-—–~]\s*\d+\s*[-—–~]|\d+\s*\/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?|\d+)$/i;
/** A line ending a sentence is text, never a running head. */
const SENTENCE_END = /[。;!?]$/;

export interface PageLines {
  height: number;
  lines: PrintedLine[];
}

/** A margin line's identity across pages: folded, numbers (page numbers, dates) generalised. */
const shape = (line: PrintedLine) => foldText(line.text).replace(/\d+/g, '#').replace(/\s+/g, '');

/** The usual distance between consecutive baselines of the text. */
function linePitch(pages: PageLines[]): number {
  const gaps = pages.flatMap(({ lines }) => {
    const sorted = [...lines].sort((a, b) => b.y - a.y);
    // Lines side by side in two columns share a baseline: no gap between them.
    return sorted.slice(1).map((line, i) => sorted[i].y - line.y).filter((gap, i) => gap > sorted[i].size / 2);
  });
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 0;
}

/**
 * The lines set apart at the top or the bottom of a page: runs of lines inside the margin band
 * separated from the rest of the page by a gap wider than the text's line spacing.
 */
function marginLines({ height, lines }: PageLines, pitch: number): Set<PrintedLine> {
  const sorted = [...lines].sort((a, b) => b.y - a.y);
  const runs: PrintedLine[][] = [];
  for (const line of sorted) {
    const run = runs.at(-1);
    if (run && run.at(-1)!.y - line.y <= pitch * MARGIN_GAP) run.push(line);
    else runs.push([line]);
  }
  const margin = new Set<PrintedLine>();
  if (runs.length < 2) return margin;
  if (runs[0].every((line) => line.y > height * (1 - MARGIN_BAND))) runs[0].forEach((line) => margin.add(line));
  if (runs.at(-1)!.every((line) => line.y < height * MARGIN_BAND)) runs.at(-1)!.forEach((line) => margin.add(line));
  return margin;
}

/**
 * Drops page furniture from lines set apart in the top or bottom margin (see marginLines): page
 * numbers (第N页 共M页, - N -…), and running heads or feet, i.e. lines of the same shape at the
 * same height on at least half the pages (two at least). Text never stands apart like that, so a
 * sentence keeps its words and figures even when its line is the last on a page.
 */
export function dropFurniture(pages: PageLines[]): PrintedLine[][] {
  const pitch = linePitch(pages);
  const margins = pages.map((page) => marginLines(page, pitch));
  const minRepeats = Math.max(2, Math.ceil(pages.length * REPEATED_SHARE));
  const repeats = (line: PrintedLine) =>
    margins.filter((margin) => [...margin].some((other) => shape(other) === shape(line) && Math.abs(other.y - line.y) <= SAME_PLACE)).length;
  return pages.map(({ lines }, index) =>
    lines.filter((line) => {
      if (!margins[index].has(line)) return true;
      if (PAGE_NUMBER.test(foldText(line.text).trim())) return false;
      return SENTENCE_END.test(foldText(line.text)) || repeats(line) < minRepeats;
    }),
  );
}
