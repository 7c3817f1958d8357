/** A number with its unit as found in running text. */
export interface Quantity {
  /** Offsets into the scanned string; cover any approximation word (约/近), the number and the unit. */
  start: number;
  end: number;
  /** Exact decimal value with 万/亿 multipliers applied (3.5万 → 35000). For ranges, the lower bound. */
  value: number;
  /** Upper bound of a range (10-15件, 10至15件), else null. */
  valueMax: number | null;
  /**
   * Unit as a reader reads it after the multiplier is applied: '件', '人次', '%', '个百分点', '元', '项'…
   * 3.5万元 → value 35000, unit '元'; '' when the number has no unit.
   */
  unit: string;
  /** 余/多/近/约/左右/以上/上万… */
  approximate: boolean;
  /**
   * A change rather than a level: 同比下降15.1% → 'down', 较上年提高15% / 增长 → 'up',
   * 增加/减少 N件 after 比/较/同比 → 'up'/'down'. Levels are null.
   */
  change: 'up' | 'down' | null;
}
