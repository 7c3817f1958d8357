import type { CollectionFilters, FacetCount, FacetName } from '../lib/db/collection-filter';
import { FACET_NAMES, UNKNOWN_FACET } from '../lib/db/collection-filter';
import type { JurisdictionLevel } from '../lib/metadata/types';
import { levelName, t } from './i18n';
import { isolateText } from './page-text';

export interface CollectionSearchProps {
  filters: CollectionFilters;
  facets: Record<FacetName, FacetCount[]>;
  onQuery(query: string): void;
  onFacet(facet: FacetName, value: string | null): void;
}

const FACET_LABEL_KEYS: Record<FacetName, string> = {
  level: 'fieldLevel',
  year: 'fieldYear',
  province: 'fieldProvince',
  tag: 'fieldTags',
};

/**
 * How a facet value reads: levels by name, unknown as 未知, the rest as printed (isolated: a
 * province or tag from an imported file could hold a bidi override that would turn the count
 * after it around; an <option> holds text only, so no <bdi>).
 */
function facetValueText(facet: FacetName, value: string): string {
  if (value === UNKNOWN_FACET) return t('unknownValue');
  return facet === 'level' ? levelName(value as JurisdictionLevel) : isolateText(value);
}

/** The search box (jurisdiction, title, text) and one select per facet, each value with its count. */
export function CollectionSearch({ filters, facets, onQuery, onFacet }: CollectionSearchProps) {
  return (
    <div class="search" data-testid="collection-search">
      <input
        type="search"
        data-testid="search"
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchPlaceholder')}
        value={filters.query}
        onInput={(event) => onQuery((event.currentTarget as HTMLInputElement).value)}
      />
      <div class="facets">
        {FACET_NAMES.filter((facet) => facets[facet].length > 0 || filters.facets[facet]).map((facet) => (
          <label key={facet}>
            <span>{t(FACET_LABEL_KEYS[facet])}</span>
            <select
              data-testid={`facet-${facet}`}
              value={filters.facets[facet] ?? ''}
              onChange={(event) => onFacet(facet, (event.currentTarget as HTMLSelectElement).value || null)}
            >
              <option value="">{t('facetAll')}</option>
              {facets[facet].map(({ value, count }) => (
                <option key={value} value={value}>
                  {facetValueText(facet, value)} ({count})
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
    </div>
  );
}
