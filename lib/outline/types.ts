import type { AreaKey } from '../taxonomy/areas';

/** A section heading. Levels: 1 for 一、, 2 for （一）, 3 for 1. / 1、, 4 for （1）. Unnumbered own-line headings get the level they sit at. */
export interface Section {
  level: number;
  /** The numbering as printed ('一、', '（一）', '(一)', '1.', '1、', '（1）'), or '' for unnumbered headings. */
  marker: string;
  /** Heading text without marker and without the closing 。 of a run-in heading. */
  title: string;
  area: AreaKey | null;
  /** Offset in PageText.text of the marker (or of the title when there is no marker). */
  start: number;
  /** End of the heading text (exclusive); for a run-in heading, before its 。 */
  end: number;
  /** True when the heading is the first sentence of a paragraph that goes on. */
  runIn: boolean;
}

/** 一是/二是… enumerations: items below a heading, not headings. */
export interface OutlineItem {
  marker: string;
  title: string;
  start: number;
  end: number;
  /** Index in the sections array of the heading the item sits under, or -1. */
  section: number;
}

export interface Outline {
  sections: Section[];
  items: OutlineItem[];
}
