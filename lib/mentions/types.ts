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
  /** '全市', '市本级', '市政府', '其中' (a subset after 其中) …, or null when unstated. */
  scope: string | null;
  /** True when the mention is part of a breakdown (其中，维持39件，撤销2件). */
  breakdown: boolean;
  /** The clause that states it, trimmed to the sentence. */
  text: string;
  /** Offsets of the quantity (number + unit) in PageText.text. */
  start: number;
  end: number;
  /** Index of the innermost enclosing section, or -1. */
  section: number;
}
