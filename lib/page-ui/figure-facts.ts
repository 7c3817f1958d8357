import { AREAS, type AreaKey } from '../taxonomy/areas';
import { INDICATORS } from '../taxonomy/indicators';
import type { Mention } from '../mentions/types';

/** What a figure card prints about one mention, ready to display. */
export interface FigureFacts {
  /** The thing counted, as the report words it. */
  label: string;
  /** The value with thousands separators, and '≈' in front when the report says 约/近/余. */
  value: string;
  unit: string;
  approximate: boolean;
  /** The canonical indicator's name, or null when the taxonomy has no key for the figure. */
  indicator: string | null;
  area: AreaKey | null;
  areaName: string | null;
  /** 全市, 市本级, 其中…; null when unstated. */
  scope: string | null;
  change: Mention['change'];
}

/**
 * The card's content for a mention, in the UI language: the area is the indicator's (what the
 * colour of the highlight says), not the section's, so card and colour always agree.
 */
export function figureFacts(
  mention: Pick<Mention, 'label' | 'value' | 'unit' | 'approximate' | 'key' | 'scope' | 'change'>,
  language: 'zh' | 'en',
): FigureFacts {
  const indicator = mention.key ? INDICATORS[mention.key] : null;
  const area = indicator?.area ?? null;
  const number = mention.value.toLocaleString(language === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 4 });
  return {
    label: mention.label,
    value: `${mention.approximate ? '≈' : ''}${number}`,
    unit: mention.unit,
    approximate: mention.approximate,
    indicator: indicator ? indicator[language] : null,
    area,
    areaName: area ? AREAS[area][language] : null,
    scope: mention.scope,
    change: mention.change,
  };
}
