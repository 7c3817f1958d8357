export interface Detection {
  isReport: boolean;
  /** In [0, 1]. */
  confidence: number;
  /** Short machine-readable reasons, e.g. 'title:法治政府建设年度报告', 'reject:政府信息公开工作年度报告'. */
  reasons: string[];
}
