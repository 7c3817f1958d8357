/**
 * Canonical areas (../shared/taxonomy.md): section headings map to one of these or none.
 * Keys are a contract shared with the database and exports: add, never rename.
 */
export const AREAS = {
  leadership: { zh: '党的领导与推进机制', en: 'Leadership and mechanisms' },
  functions: { zh: '政府职能', en: 'Government functions' },
  rules: { zh: '依法行政制度体系', en: 'Rules and normative documents' },
  decisions: { zh: '行政决策', en: 'Administrative decisions' },
  enforcement: { zh: '行政执法', en: 'Law enforcement' },
  emergency: { zh: '突发事件应对', en: 'Emergency response' },
  disputes: { zh: '矛盾纠纷化解', en: 'Dispute resolution' },
  oversight: { zh: '权力制约监督', en: 'Oversight of power' },
  digital: { zh: '数字法治政府', en: 'Digital government' },
  capacity: { zh: '依法行政能力与普法', en: 'Capacity and legal education' },
  problems: { zh: '存在的问题', en: 'Problems' },
  plans: { zh: '下一步工作', en: 'Next steps' },
} as const;

export type AreaKey = keyof typeof AREAS;
export const AREA_KEYS = Object.keys(AREAS) as AreaKey[];
