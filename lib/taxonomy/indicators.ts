import type { AreaKey } from './areas';

/**
 * Canonical indicators (../shared/taxonomy.md). Keys, names and units are the contract every
 * layer shares (extractor, database, comparison, exports, evaluation); the patterns that find
 * them live in lib/indicators. Add keys when real text needs them; never rename one without a
 * database migration.
 */
export const INDICATORS = {
  'reconsideration.received': { zh: '行政复议收到申请', en: 'Reconsideration applications received', unit: '件', area: 'disputes' },
  'reconsideration.accepted': { zh: '行政复议受理', en: 'Reconsideration cases accepted', unit: '件', area: 'disputes' },
  'reconsideration.closed': { zh: '行政复议办结', en: 'Reconsideration cases closed', unit: '件', area: 'disputes' },
  'reconsideration.corrected': { zh: '行政复议纠错', en: 'Reconsideration decisions corrected', unit: '件', area: 'disputes' },
  'litigation.cases': { zh: '行政应诉案件', en: 'Administrative lawsuits', unit: '件', area: 'disputes' },
  'litigation.lost': { zh: '行政诉讼败诉', en: 'Lawsuits lost', unit: '件', area: 'disputes' },
  'litigation.headAppearanceRate': { zh: '行政机关负责人出庭应诉率', en: 'Head-of-agency court appearance rate', unit: '%', area: 'disputes' },
  'normativeDocs.reviewed': { zh: '规范性文件合法性审查（审核）', en: 'Normative documents reviewed', unit: '件', area: 'rules' },
  'normativeDocs.filed': { zh: '规范性文件备案（报备）', en: 'Normative documents filed', unit: '件', area: 'rules' },
  'normativeDocs.cleaned': { zh: '规范性文件清理（废止、修改）', en: 'Normative documents repealed or revised', unit: '件', area: 'rules' },
  'legislation.projects': { zh: '立法项目', en: 'Legislative projects', unit: '件', area: 'rules' },
  'decisions.legalReview': { zh: '重大行政决策合法性审查', en: 'Major decisions reviewed for legality', unit: '件', area: 'decisions' },
  'counsel.opinions': { zh: '法律意见', en: 'Legal opinions issued', unit: '件', area: 'decisions' },
  'counsel.advisers': { zh: '法律顾问、公职律师', en: 'Legal advisers and government lawyers', unit: '名', area: 'decisions' },
  'enforcement.officers': { zh: '行政执法人员', en: 'Certified enforcement officers', unit: '名', area: 'enforcement' },
  'enforcement.filesReviewed': { zh: '执法案卷评查', en: 'Enforcement case files reviewed', unit: '件', area: 'enforcement' },
  'enforcement.transfers': { zh: '移送司法机关案件', en: 'Cases transferred to judicial organs', unit: '件', area: 'enforcement' },
  'mediation.disputes': { zh: '调解矛盾纠纷', en: 'Disputes mediated', unit: '件', area: 'disputes' },
  'mediation.resolved': { zh: '调解成功', en: 'Disputes mediated successfully', unit: '件', area: 'disputes' },
  'petitions.cases': { zh: '信访事项', en: 'Petitions handled', unit: '件', area: 'disputes' },
  'oversight.npcSuggestions': { zh: '人大代表建议', en: "NPC deputies' suggestions handled", unit: '件', area: 'oversight' },
  'oversight.cppccProposals': { zh: '政协提案', en: 'CPPCC proposals handled', unit: '件', area: 'oversight' },
  'disclosure.proactive': { zh: '主动公开政府信息', en: 'Items proactively disclosed', unit: '条', area: 'oversight' },
  'disclosure.requests': { zh: '依申请公开', en: 'Disclosure requests', unit: '件', area: 'oversight' },
  'legalAid.cases': { zh: '法律援助案件', en: 'Legal-aid cases', unit: '件', area: 'capacity' },
  'legalService.consultations': { zh: '法律咨询', en: 'Legal consultations answered', unit: '件', area: 'capacity' },
  'capacity.studySessions': { zh: '集体学法', en: 'Government study sessions', unit: '次', area: 'capacity' },
  'capacity.trainees': { zh: '法治培训人次', en: 'People trained', unit: '人次', area: 'capacity' },
  'functions.powerListItems': { zh: '权责清单事项', en: 'Power and responsibility list items', unit: '项', area: 'functions' },
  'functions.onlineServiceRate': { zh: '网上可办率', en: 'Share of services available online', unit: '%', area: 'functions' },
} as const satisfies Record<string, { zh: string; en: string; unit: string; area: AreaKey }>;

export type IndicatorKey = keyof typeof INDICATORS;
export const INDICATOR_KEYS = Object.keys(INDICATORS) as IndicatorKey[];
