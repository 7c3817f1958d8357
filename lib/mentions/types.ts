import type { AreaKey } from '../taxonomy/areas';
import type { IndicatorKey } from '../taxonomy/indicators';

/** A quantity with what it counts. */
export interface Mention {
  key: IndicatorKey | null;
  /** The thing counted, as printed or carried along a chain: '办理行政复议案件', '行政复议 受理'. */
  label: string;
  value: number;
  unit: string;
  approximate: boolean;
  /** 'change' mentions (同比下降15.1%) never become canonical indicator values. */
  change: 'up' | 'down' | null;
  /** '全市', '市本级', '市政府', '其中' (a subset after 其中) …, or null when unstated. Folded (simplified) form. */
  scope: string | null;
  /**
   * The stretch of time the figure covers when its clause or sentence says so ('2019年以来', '1-10月',
   * '近三年', '截至目前', '2022年'), folded; null when unstated (the year reported on).
   */
  period: string | null;
  /** True when the mention is part of a breakdown (其中，维持39件，撤销2件). */
  breakdown: boolean;
  /**
   * True when the figure continues a 、 list begun by the previous mention and shares its predicate
   * (聘请23名法学专家、463名律师担任政府法律顾问): the figures of such a list add up to one count.
   */
  continuesList: boolean;
  /** The clause that states it, trimmed to the sentence. */
  text: string;
  /** Offsets of the quantity (number + unit) in PageText.text. */
  start: number;
  end: number;
  /** Index of the innermost enclosing section, or -1. */
  section: number;
  /**
   * Area of that section, inherited from the nearest ancestor heading when it has none; null outside
   * any mapped section. Lets pickIndicators prefer a figure stated where its topic is discussed.
   */
  area: AreaKey | null;
}
