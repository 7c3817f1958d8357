import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildComparison, MAX_COMPARED_REPORTS, type Comparison } from '../lib/compare/build-comparison';
import { toComparedReport } from '../lib/compare/compared-report';
import { comparisonSeries, type Series } from '../lib/compare/series';
import { facetCounts, filterReports, searchTerms, type CollectionFilters, type FacetCount, type FacetName } from '../lib/db/collection-filter';
import type { DeletedReport } from '../lib/db/reports';
import type { ReportSummary } from '../lib/db/report-summary';
import type { SavedReport } from '../lib/db/saved-report';
import { requestBackground } from '../lib/messages/client';
import type { BackgroundMessage, BackgroundResponses } from '../lib/messages/protocol';
import type { Teachings } from '../lib/teach/teach-store';
import { uiLanguage } from './i18n';

/** Rows the list renders at first and adds per "more": the list stays fast at 1,000 reports. */
export const LIST_PAGE = 50;
/** Typing pauses this long before the background's full-text search runs. */
const TEXT_SEARCH_DELAY_MS = 150;
/** How long a deletion can be undone from the bar. */
export const UNDO_MS = 10_000;

export type Send = (message: BackgroundMessage) => Promise<unknown>;
export type ListReply = BackgroundResponses['popup/listReports'];

export interface CollectionOptions {
  /** Reports to compare at first (the full view's ?ids=). */
  initialSelection?: number[];
  /** With no initial selection: compare the newest reports (the full view), or nothing (the popup). */
  selectNewest?: boolean;
  /**
   * The collection's list, already requested by the page's entry script before the app
   * rendered: the popup shows its rows one round trip sooner (used once, then refreshes ask anew).
   */
  initialList?: Promise<ListReply>;
  /**
   * The list as the last opening of the popup left it: shown at once, then replaced by the
   * background's answer (the rows a reader sees first do not wait for the background to wake).
   */
  cachedList?: ListReply | null;
  /** Each list the background sends, for the entry script to keep as the next opening's cache. */
  onList?(list: ListReply): void;
  /**
   * The reader picked or unpicked reports: remembered for the next opening. Only the reader's
   * own picks; the full view's default (the newest reports) is not a choice to remember.
   */
  onSelectionChange?(ids: number[]): void;
  /** Reports a failure (the popup's error banner). */
  onError(error: unknown): void;
}

export interface CollectionState {
  loaded: boolean;
  /** Every summary, newest first. */
  all: ReportSummary[];
  tags: string[];
  filters: CollectionFilters;
  /** Matching reports, and how many of them are shown. */
  matching: ReportSummary[];
  shown: number;
  facets: Record<FacetName, FacetCount[]>;
  selection: number[];
  comparison: Comparison | null;
  /** One chart per indicator once the compared reports hold two years of one jurisdiction. */
  series: Series[];
  compared: SavedReport[];
  /** User indicators and the compared reports' taught and confirmed figures (null until they arrive). */
  teachings: Teachings | null;
  undo: DeletedReport | null;
}

/**
 * The collection's state and actions for the popup and the full view: summaries from the
 * background, instant filtering and facets (lib/db/collection-filter), the background's
 * full-text matches merged in as they arrive, the selection to compare and its comparison, and
 * delete with undo. Components only render what this returns.
 */
export function useCollection(send: Send, options: CollectionOptions) {
  const { onError, onList, onSelectionChange } = options;
  const [all, setAll] = useState<ReportSummary[]>(options.cachedList?.reports ?? []);
  const [tags, setTags] = useState<string[]>(options.cachedList?.tags ?? []);
  const [loaded, setLoaded] = useState(false);
  const [filters, setFilters] = useState<CollectionFilters>({ query: '', facets: {} });
  const [textMatches, setTextMatches] = useState<ReadonlySet<number>>(new Set());
  const [shown, setShown] = useState(LIST_PAGE);
  const [selection, setSelection] = useState<number[]>(options.initialSelection?.slice(0, MAX_COMPARED_REPORTS) ?? []);
  const [compared, setCompared] = useState<SavedReport[]>([]);
  const [undo, setUndo] = useState<DeletedReport | null>(null);
  const [teachings, setTeachings] = useState<Teachings | null>(null);
  /** Bumped after a confirmation or an indicator edit: the teachings are asked for again. */
  const [teachingsVersion, setTeachingsVersion] = useState(0);
  const selectNewest = useRef(options.selectNewest === true && (options.initialSelection ?? []).length === 0);
  const initialList = useRef(options.initialList);

  const refresh = useCallback(async () => {
    const pending = initialList.current;
    initialList.current = undefined;
    const listed = await (pending ?? requestBackground(send, { type: 'popup/listReports' }));
    onList?.(listed);
    setAll(listed.reports);
    setTags(listed.tags);
    setLoaded(true);
    const ids = new Set(listed.reports.map((r) => r.id));
    setSelection((current) => {
      if (selectNewest.current) {
        selectNewest.current = false;
        return listed.reports.slice(0, MAX_COMPARED_REPORTS).map((r) => r.id);
      }
      return current.filter((id) => ids.has(id));
    });
  }, [send, onList]);

  useEffect(() => {
    refresh().catch(onError);
  }, [refresh, onError]);

  // Full-text matches (headings, figure sentences) come from the background after a pause.
  useEffect(() => {
    if (searchTerms(filters.query).length === 0) {
      setTextMatches(new Set());
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      requestBackground(send, { type: 'popup/searchText', query: filters.query })
        .then(({ ids }) => current && setTextMatches(new Set(ids)))
        .catch(onError);
    }, TEXT_SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [filters.query, send, onError]);

  // Whole records for the comparison, once two or more are picked. Records already fetched are
  // kept (until the list changes), so picking one more report fetches one record, not ten.
  const records = useRef(new Map<number, SavedReport>());
  useEffect(() => {
    records.current.clear();
  }, [all]);
  useEffect(() => {
    if (selection.length < 2) {
      setCompared([]);
      return;
    }
    let current = true;
    const missing = selection.filter((id) => !records.current.has(id));
    const fetched = missing.length === 0 ? Promise.resolve([]) : requestBackground(send, { type: 'popup/getReports', ids: missing }).then((r) => r.reports);
    fetched
      .then((reports) => {
        for (const report of reports) records.current.set(report.id!, report);
        if (current) setCompared(selection.flatMap((id) => records.current.get(id) ?? []));
      })
      .catch(onError);
    return () => {
      current = false;
    };
  }, [selection, all, send, onError]);

  useEffect(() => {
    if (selection.length < 2) {
      setTeachings(null);
      return;
    }
    let current = true;
    requestBackground(send, { type: 'popup/getTeachings', ids: selection })
      .then((answer) => current && setTeachings(answer))
      .catch(onError);
    return () => {
      current = false;
    };
  }, [selection, all, teachingsVersion, send, onError]);
  const reloadTeachings = useCallback(() => setTeachingsVersion((n) => n + 1), []);

  const matching = useMemo(() => filterReports(all, filters, textMatches), [all, filters, textMatches]);
  const facets = useMemo(() => facetCounts(all, filters, textMatches), [all, filters, textMatches]);
  const { comparison, series } = useMemo(() => {
    if (compared.length < 2) return { comparison: null, series: [] };
    const reports = compared.map((report) => toComparedReport(report, teachings?.figures[report.id!]));
    return {
      comparison: buildComparison(reports, { locale: uiLanguage(), userIndicators: teachings?.userIndicators ?? [] }),
      series: comparisonSeries(reports, uiLanguage()),
    };
  }, [compared, teachings]);

  const setQuery = useCallback((query: string) => {
    setFilters((f) => ({ ...f, query }));
    setShown(LIST_PAGE);
  }, []);
  const setFacet = useCallback((facet: FacetName, value: string | null) => {
    setFilters((f) => ({ ...f, facets: { ...f.facets, [facet]: value } }));
    setShown(LIST_PAGE);
  }, []);
  const showMore = useCallback(() => setShown((n) => n + LIST_PAGE), []);

  /** Picks or unpicks a report for the comparison; an eleventh pick is refused (returns false). */
  const choose = useCallback(
    (ids: number[]) => {
      setSelection(ids);
      onSelectionChange?.(ids);
    },
    [onSelectionChange],
  );
  const toggleSelected = useCallback(
    (id: number): boolean => {
      if (selection.includes(id)) choose(selection.filter((x) => x !== id));
      else if (selection.length >= MAX_COMPARED_REPORTS) return false;
      else choose([...selection, id]);
      return true;
    },
    [selection, choose],
  );
  const clearSelection = useCallback(() => choose([]), [choose]);

  const remove = useCallback(
    async (id: number) => {
      const { deleted } = await requestBackground(send, { type: 'popup/deleteReport', id });
      setUndo(deleted);
      await refresh();
    },
    [send, refresh],
  );

  const restore = useCallback(async () => {
    if (!undo) return;
    await requestBackground(send, { type: 'popup/restoreReport', deleted: undo });
    setUndo(null);
    await refresh();
  }, [send, undo, refresh]);

  // The undo offer expires; the deletion itself happened at once (what the list shows is what is stored).
  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undo]);

  const tag = useCallback(
    async (id: number, name: string, on: boolean) => {
      await requestBackground(send, { type: 'popup/tagReport', id, tag: name, on });
      await refresh();
    },
    [send, refresh],
  );

  const state: CollectionState = {
    loaded,
    all,
    tags,
    filters,
    matching,
    shown: Math.min(shown, matching.length),
    facets,
    selection,
    comparison,
    series,
    compared,
    teachings,
    undo,
  };
  return { state, refresh, reloadTeachings, setQuery, setFacet, showMore, toggleSelected, clearSelection, remove, restore, tag };
}
