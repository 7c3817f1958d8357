import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { MAX_COMPARED_REPORTS } from '../lib/compare/build-comparison';
import { requestBackground } from '../lib/messages/client';
import type { BackgroundMessage, TabStatus } from '../lib/messages/protocol';
import { comparisonToCsv, comparisonToMarkdown } from '../lib/export/comparison-tables';
import { collectionToCsv } from '../lib/export/collection-csv';
import { CollectionData } from './collection-data';
import { CollectionSearch } from './collection-search';
import { ComparePanel } from './compare-panel';
import { CurrentPage } from './current-page';
import { downloadText, fileDate } from './download';
import { errorText } from './error-text';
import { t } from './i18n';
import { SavedReports } from './saved-reports';
import { CandidateList } from './candidate-list';
import { UserIndicators } from './user-indicators';
import type { Candidate } from '../lib/teach/teach-store';
import type { UserIndicator } from '../lib/teach/user-indicator';
import { GrantedSites } from './site-access';
import { UndoBar } from './undo-bar';
import { CollectChecklist } from './collect-checklist';
import { CollectProgress } from './collect-progress';
import { useCollectQueue } from './use-collect-queue';
import { acceptAll, EventGuardContext } from './page/event-guard';
import type { ListedLink } from '../lib/messages/page-report';
import { useCollection, type CollectionOptions, type Send } from './use-collection';

type QueueControl = Extract<BackgroundMessage, { type: 'popup/collectPause' | 'popup/collectResume' | 'popup/collectCancel' | 'popup/collectRetry' }>;

export interface PopupAppProps {
  /** The tab the popup is about; null in the full view (no current page). */
  tabId: number | null;
  send: Send;
  /** 'full': the collection and comparison alone, in a tab, as wide as the window. */
  layout?: 'popup' | 'full';
  /** Reports picked for comparison when the view opens. */
  initialSelection?: number[];
  /** Remembers the reader's picks between openings of the popup (see useCollection). */
  onSelectionChange?: CollectionOptions['onSelectionChange'];
  /** Opens the full view with these reports picked (absent in the full view itself). */
  onOpenFullView?(ids: number[]): void;
  /** Opens the reader page, where a report file from disk (PDF, .docx…) is opened (a file chooser would close the popup). */
  onOpenReader?(): void;
  /** Whether the browser granted persistent storage (navigator.storage.persist); null: unknown. */
  persisted?: boolean | null;
  /** The list, requested before the app rendered, and the last one known (see useCollection). */
  initialList?: CollectionOptions['initialList'];
  cachedList?: CollectionOptions['cachedList'];
  onList?: CollectionOptions['onList'];
  /**
   * Asks the browser for one site's permission (permissions.request), which it grants only
   * inside the reader's click: called first thing in the click handler. Absent where no browser
   * prompt can be shown (tests): the popup then offers no grant, only revocation.
   */
  requestSiteAccess?(pattern: string): Promise<boolean>;
}

/**
 * The popup and the full view: the current tab's status with its action (popup only), the
 * collection with search, facets, tags and delete/undo, the comparison of the picked reports
 * with its downloads, and backup/import. Everything goes through the background (the database's
 * only owner) by message; any failure, a refused write above all, shows in the banner.
 */
export function PopupApp(props: PopupAppProps) {
  const { tabId, send, layout = 'popup', initialSelection, initialList, cachedList, onList, onSelectionChange, onOpenFullView } = props;
  const { persisted = null, requestSiteAccess, onOpenReader } = props;
  const [status, setStatus] = useState<TabStatus | null>(null);
  const [sites, setSites] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const showError = useCallback((e: unknown) => setError(errorText(e)), []);
  const collection = useCollection(send, {
    initialSelection,
    initialList,
    cachedList,
    onList,
    onSelectionChange,
    selectNewest: layout === 'full',
    onError: showError,
  });
  const { state } = collection;
  const listPage = status?.report?.listPage ?? null;
  const queue = useCollectQueue(send, listPage?.links ?? null, showError);
  const [collectNotice, setCollectNotice] = useState<string | null>(null);

  /** Runs one action, keeping the buttons disabled meanwhile and showing any failure. */
  const act = useCallback(
    async (action: () => Promise<void>) => {
      setBusy(true);
      setError(null);
      setNotice(null);
      try {
        await action();
      } catch (e) {
        showError(e);
      } finally {
        setBusy(false);
      }
    },
    [showError],
  );

  useEffect(() => {
    if (tabId === null) return;
    void act(async () => setStatus(await requestBackground(send, { type: 'popup/getStatus', tabId })));
  }, [tabId, send, act]);

  useEffect(() => {
    requestBackground(send, { type: 'popup/listSites' })
      .then(({ sites: granted }) => setSites(granted))
      .catch(showError);
  }, [send, showError]);

  const save = () =>
    act(async () => {
      if (tabId === null) return;
      const { id } = await requestBackground(send, { type: 'popup/save', tabId });
      setStatus((current) => current && { ...current, savedId: id });
      await collection.refresh();
    });

  const runHere = () =>
    act(async () => {
      if (tabId === null) return;
      setStatus(await requestBackground(send, { type: 'popup/runOnTab', tabId }));
    });

  /**
   * 始终在此网站运行. The permission request comes first, synchronously inside the click (the
   * browser refuses it outside a user gesture); the background then registers the content script,
   * and the page runs at once if it was not running yet. A declined prompt changes nothing.
   */
  const allowSite = (pattern: string) => {
    if (!requestSiteAccess) return;
    const asked = requestSiteAccess(pattern);
    void act(async () => {
      if (!(await asked)) return;
      setSites((await requestBackground(send, { type: 'popup/allowSite', pattern })).sites);
      if (tabId === null) return;
      const next = status?.state === 'not-run' ? 'popup/runOnTab' : 'popup/getStatus';
      setStatus(await requestBackground(send, { type: next, tabId }));
    });
  };

  const revokeSite = (pattern: string) =>
    act(async () => {
      setSites((await requestBackground(send, { type: 'popup/revokeSite', pattern })).sites);
      if (tabId !== null) setStatus(await requestBackground(send, { type: 'popup/getStatus', tabId }));
    });

  /** The tab shows a report file: the background opens the reader on its address (the reader fetches from reachable sites only). */
  const openFile = (url: string) =>
    act(async () => {
      await requestBackground(send, { type: 'page/openReader', url });
    });

  /** 采集所选 on the tab's list page: queued in the background, which collects on its own. */
  const collect = (links: ListedLink[]) =>
    act(async () => {
      if (!status?.report) return;
      const picked = links.map(({ url, title }) => ({ url, title }));
      const { added, skipped } = await requestBackground(send, { type: 'popup/collectStart', listUrl: status.report.url, links: picked });
      setCollectNotice(t('collectStarted', [String(added), String(skipped)]));
      await queue.refresh();
    });

  /** Pause, resume, cancel, retry: the queue's answer is its new state. */
  const steerQueue = (message: QueueControl) =>
    act(async () => {
      await requestBackground(send, message);
      await queue.refresh();
    });

  const remove = (id: number) =>
    act(async () => {
      await collection.remove(id);
      setStatus((current) => (current && current.savedId === id ? { ...current, savedId: null } : current));
    });

  const undo = () =>
    act(async () => {
      const id = state.undo?.report.id;
      await collection.restore();
      if (tabId !== null && id !== undefined) setStatus(await requestBackground(send, { type: 'popup/getStatus', tabId }));
    });

  const pick = (id: number) => {
    if (!collection.toggleSelected(id)) setError(t('compareTooMany', String(MAX_COMPARED_REPORTS)));
  };

  const exportJson = () =>
    act(async () => {
      const { collection: data } = await requestBackground(send, { type: 'popup/exportCollection' });
      downloadText(`report-lens-${fileDate()}.json`, JSON.stringify(data), 'application/json');
    });

  const exportCollectionCsv = () =>
    act(async () => {
      const { collection: data } = await requestBackground(send, { type: 'popup/exportCollection' });
      downloadText(`report-lens-collection-${fileDate()}.csv`, collectionToCsv(data.reports), 'text/csv;charset=utf-8');
    });

  const importFile = (file: File) =>
    act(async () => {
      const summary = await requestBackground(send, { type: 'popup/importCollection', json: await file.text() });
      setNotice(
        t('importDone', [String(summary.reportsAdded), String(summary.reportsMerged), String(summary.clipsAdded), String(summary.tagsAdded)]),
      );
      await collection.refresh();
    });

  const [userIndicators, setUserIndicators] = useState<UserIndicator[]>([]);
  const [finder, setFinder] = useState<{ reportId: number; key: string; name: string; candidates: Candidate[] } | null>(null);
  const loadUserIndicators = useCallback(async () => {
    setUserIndicators((await requestBackground(send, { type: 'popup/listUserIndicators' })).indicators);
  }, [send]);
  useEffect(() => {
    loadUserIndicators().catch(showError);
  }, [loadUserIndicators, showError]);
  /** After an edit of the reader's indicators: their list and the comparison's rows. */
  const afterTeachingEdit = async () => {
    await loadUserIndicators();
    collection.reloadTeachings();
  };

  const find = (columnId: string, key: string, name: string) =>
    act(async () => {
      const reportId = Number(columnId);
      const { candidates } = await requestBackground(send, { type: 'popup/findCandidates', reportIds: [reportId], by: { kind: 'key', key } });
      setFinder({ reportId, key, name, candidates });
    });
  const confirmCandidate = (candidate: Candidate) =>
    act(async () => {
      if (!finder) return;
      const { value, unit, quote } = candidate;
      await requestBackground(send, { type: 'popup/confirmFigure', reportId: candidate.reportId, indicatorKey: finder.key, value, unit, quote });
      setFinder(null);
      collection.reloadTeachings();
    });

  const { comparison } = state;
  const reportLabels = useMemo(
    () => Object.fromEntries((comparison?.columns ?? []).map((column) => [Number(column.id), column.label])),
    [comparison],
  );
  const reportUrls = useMemo(() => Object.fromEntries(state.compared.map((r) => [String(r.id), r.url])), [state.compared]);

  return (
    <main class={layout === 'full' ? 'popup full' : 'popup'} data-layout={layout}>
      <header>
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>{t('extName')}</h1>
        {onOpenFullView && (
          <button type="button" class="link" data-testid="open-full" onClick={() => onOpenFullView(state.selection)}>
            {t('actionOpenFullView')}
          </button>
        )}
        {onOpenReader && (
          <button type="button" class="link" data-testid="open-reader" onClick={onOpenReader}>
            {t('actionOpenLocalFile')}
          </button>
        )}
      </header>
      {error && (
        <p class="error" role="alert" data-testid="error">
          {error}
          <button type="button" class="link" aria-label={t('actionDismiss')} onClick={() => setError(null)}>
            ×
          </button>
        </p>
      )}
      {state.undo && <UndoBar deleted={state.undo} onUndo={undo} />}
      {tabId !== null && (
        <CurrentPage
          status={status}
          busy={busy}
          onSave={save}
          onRunHere={runHere}
          onAllowSite={requestSiteAccess && allowSite}
          onRevokeSite={revokeSite}
          onOpenFile={openFile}
        />
      )}
      {tabId !== null && listPage && (
        <div class="card">
          <EventGuardContext.Provider value={acceptAll}>
            <CollectChecklist
              links={listPage.links}
              states={queue.linkStates}
              truncated={listPage.truncated}
              busy={busy}
              notice={collectNotice}
              onCollect={(links) => void collect(links)}
            />
          </EventGuardContext.Provider>
        </div>
      )}
      {queue.status && (
        <CollectProgress
          status={queue.status}
          busy={busy}
          onPause={() => void steerQueue({ type: 'popup/collectPause' })}
          onResume={() => void steerQueue({ type: 'popup/collectResume' })}
          onCancel={() => void steerQueue({ type: 'popup/collectCancel' })}
          onRetry={(id) => void steerQueue({ type: 'popup/collectRetry', ...(id === undefined ? {} : { id }) })}
        />
      )}
      <div class="collection">
        <div class="collection-list">
          <CollectionSearch filters={state.filters} facets={state.facets} onQuery={collection.setQuery} onFacet={collection.setFacet} />
          <SavedReports
            reports={state.matching}
            shown={state.shown}
            total={state.all.length}
            loaded={state.loaded}
            selection={state.selection}
            tags={state.tags}
            onToggleSelected={pick}
            onDelete={remove}
            onTag={(id, tag, on) => void act(() => collection.tag(id, tag, on))}
            onShowMore={collection.showMore}
          />
        </div>
        <ComparePanel
          picked={state.selection.length}
          comparison={comparison}
          series={state.series}
          loading={!state.loaded || state.compared.length !== state.selection.length}
          reportUrls={reportUrls}
          onClear={collection.clearSelection}
          onExportCsv={() => comparison && downloadText(`report-lens-comparison-${fileDate()}.csv`, comparisonToCsv(comparison), 'text/csv;charset=utf-8')}
          onExportMarkdown={() => comparison && downloadText(`report-lens-comparison-${fileDate()}.md`, comparisonToMarkdown(comparison), 'text/markdown;charset=utf-8')}
          onOpenFullView={onOpenFullView && (() => onOpenFullView(state.selection))}
          onFind={find}
          finder={
            finder && (
              <CandidateList
                name={finder.name}
                candidates={finder.candidates}
                reportLabels={reportLabels}
                busy={busy}
                onConfirm={confirmCandidate}
                onClose={() => setFinder(null)}
              />
            )
          }
        />
      </div>
      <UserIndicators
        indicators={userIndicators}
        busy={busy}
        onRename={(id, nameZh, nameEn) =>
          void act(async () => {
            await requestBackground(send, { type: 'popup/renameUserIndicator', id, nameZh, nameEn });
            await afterTeachingEdit();
          })
        }
        onMerge={(into, from) =>
          void act(async () => {
            await requestBackground(send, { type: 'popup/mergeUserIndicators', into, from });
            await afterTeachingEdit();
          })
        }
        onDelete={(id) =>
          void act(async () => {
            await requestBackground(send, { type: 'popup/deleteUserIndicator', id });
            await afterTeachingEdit();
          })
        }
      />
      <GrantedSites sites={sites} busy={busy} onRevoke={revokeSite} />
      <CollectionData
        busy={busy}
        notice={notice}
        onExportJson={exportJson}
        onExportCsv={exportCollectionCsv}
        onImportFile={importFile}
        onImportElsewhere={onOpenFullView && (() => onOpenFullView(state.selection))}
      />
      {layout === 'full' && persisted !== null && (
        <p class="hint" data-testid="persisted">
          {persisted ? t('storagePersisted') : t('storageNotPersisted')}
        </p>
      )}
    </main>
  );
}
