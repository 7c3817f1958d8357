import { AREA_COLORS } from '../../lib/highlight/styles';
import { AREAS, type AreaKey } from '../../lib/taxonomy/areas';

/** A canonical area's name in the colour its figures are highlighted in, so panel and page agree. */
export function AreaTag({ area, language }: { area: AreaKey; language: 'zh' | 'en' }) {
  const { tint, hue } = AREA_COLORS[area];
  return (
    <span class="area-tag" data-area={area} style={{ background: tint, borderColor: hue }}>
      {AREAS[area][language]}
    </span>
  );
}
