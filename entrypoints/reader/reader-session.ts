import { browser } from 'wxt/browser';
import type { OpenedSummary, ReaderInput } from '../../components/reader-app';
import { requestBackground } from '../../lib/messages/client';
import type { BackgroundMessage, BackgroundMessageType, BackgroundResponses } from '../../lib/messages/protocol';
import type { PageReport } from '../../lib/messages/page-report';
import { isReachable } from '../../lib/messages/site-pattern';
import { fetchReportFile } from '../../lib/paged-text/fetch-report-file';
import { findReaderTarget } from '../../lib/paged-text/reader-link';
import type { ReaderTarget } from '../../lib/paged-text/reader-path';
import { fileReportUrl, fingerprintOfFileReportUrl } from '../../lib/paged-text/report-identity';
import { ReportFileError } from '../../lib/paged-text/report-file-error';
import type { ReportFileText } from '../../lib/paged-text/types';
import { foldText } from '../../lib/text/fold';
import type { Annotator } from '../page-annotator/api';
import { showReportFile, showSavedText, type ShownText } from './open-report';
import type { ReaderText } from './reader-text';

/** The highlight a reader link's sentence is shown with (styled in reader-style.css). */
export const TARGET_HIGHLIGHT = 'report-lens-target';

/** The report file open now, as it will be saved. */
interface OpenFile {
  read: ReportFileText;
  name: string;
  size: number;
  /** Where it was fetched from; null for a file from the reader's disk. */
  url: string | null;
}

type OnPage = (shown: number, total: number) => void;

function request<T extends BackgroundMessageType>(message: Extract<BackgroundMessage, { type: T }>): Promise<BackgroundResponses[T]> {
  return requestBackground((sent) => browser.runtime.sendMessage(sent), message);
}

/** Whether the extension may fetch from `url`'s site: a declared one (*.gov.cn) or one the reader granted. */
function mayFetch(url: string): Promise<boolean> {
  const declared = (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);
  return isReachable(url, declared, (pattern) => browser.permissions.contains({ origins: [pattern] }));
}

/**
 * The reader page's one open report: opens what a link or the file picker names, shows it, has
 * the annotator read and paint it, goes to the sentence a link quotes, and saves it. A saved
 * report opens from its file again when its address still serves the same bytes (the PDF's own
 * pages), else from its kept text.
 */
export function readerSession(annotator: Pick<Annotator, 'reread' | 'report'>, text: ReaderText) {
  let file: OpenFile | null = null;

  async function annotate(shown: ShownText, url: string): Promise<PageReport> {
    text.show(shown, url);
    await annotator.reread();
    return annotator.report();
  }

  async function openFile(picked: File, url: string | null, container: HTMLElement, onPage: OnPage) {
    const shown = await showReportFile(picked, container, onPage);
    file = { read: shown.file, name: picked.name, size: picked.size, url };
    const report = await annotate(shown, fileReportUrl(shown.file.fingerprint));
    const savedId = report.isReport ? (await request({ type: 'reader/findSaved', fingerprint: shown.file.fingerprint })).id : null;
    return { shown, report, name: picked.name, savedId, keptText: false };
  }

  async function fetchFile(url: string): Promise<File> {
    const fetched = await fetchReportFile(url, { fetch: (...args) => fetch(...args), isGranted: mayFetch });
    return new File([fetched.bytes as BlobPart], fetched.name, { type: fetched.type });
  }

  async function openSaved(id: number, container: HTMLElement, onPage: OnPage) {
    const saved = await request({ type: 'reader/openSaved', id });
    const name = saved.source?.name ?? browser.i18n.getMessage('readerSavedReport', String(id));
    if (saved.source?.url) {
      try {
        const opened = await openFile(await fetchFile(saved.source.url), saved.source.url, container, onPage);
        if (opened.shown.file.fingerprint === saved.source.fingerprint) return opened;
      } catch {
        // The address no longer serves the file (moved, not granted any more): the kept text stands in.
      }
    }
    file = null;
    const shown = showSavedText({ ...saved.pageText, folded: foldText(saved.pageText.text) }, saved.pageMap, container);
    return { shown, report: await annotate(shown, saved.url), name, savedId: id, keptText: true };
  }

  /** A clip's link names a file by its content address: the saved report read from those bytes. */
  async function openByFingerprint(fingerprint: string, container: HTMLElement, onPage: OnPage) {
    const { id } = await request({ type: 'reader/findSaved', fingerprint });
    if (id === null) throw new ReportFileError('unreachable', 'the file this link names is not in the collection; open the file itself');
    return openSaved(id, container, onPage);
  }

  function openInput(input: ReaderInput, container: HTMLElement, onPage: OnPage) {
    if (input.kind === 'file') return openFile(input.file, null, container, onPage);
    if (input.kind === 'saved') return openSaved(input.id, container, onPage);
    const fingerprint = fingerprintOfFileReportUrl(input.url);
    if (fingerprint !== null) return openByFingerprint(fingerprint, container, onPage);
    return fetchFile(input.url).then((fetched) => openFile(fetched, input.url, container, onPage));
  }

  return {
    /** Opens `input` and goes to `target`'s page and sentence; a bad file throws (ReportFileError) with nothing left shown. */
    async open(input: ReaderInput, container: HTMLElement, onPage: OnPage, target: ReaderTarget | null): Promise<OpenedSummary> {
      let opened: Awaited<ReturnType<typeof openInput>>;
      try {
        opened = await openInput(input, container, onPage);
      } catch (error) {
        file = null;
        text.clear();
        await annotator.reread();
        throw error;
      }
      const { shown, report, name, savedId, keptText } = opened;
      return {
        name,
        isReport: report.isReport,
        jurisdiction: report.meta?.jurisdiction ?? null,
        year: report.meta?.year ?? null,
        headings: report.painted?.headings ?? 0,
        figures: report.painted?.figures ?? 0,
        savedId,
        savable: file !== null && report.isReport,
        keptText,
        target: target ? goTo(shown, container, target) : null,
      };
    },

    /** Saves the open file's report with its source and page map (the same bytes again update the one record). */
    async save(): Promise<{ id: number }> {
      if (!file) throw new Error('no report file is open');
      const { read, name, size, url } = file;
      const report = await annotator.report();
      const source = { kind: read.kind, name, url, fingerprint: read.fingerprint, pageCount: read.pageCount, size };
      return request({ type: 'reader/save', report, source, pageMap: read.pageMap });
    },
  };
}

/**
 * Scrolls to the sentence a link quotes and highlights it, or to the page it names when it quotes
 * none. A sentence no longer in the text is reported, not guessed: the link's page is shown.
 */
function goTo(shown: ShownText, container: HTMLElement, target: ReaderTarget): OpenedSummary['target'] {
  const scrollToPage = (page: number | undefined) =>
    page !== undefined && container.querySelector(`[data-page="${page}"]`)?.scrollIntoView({ block: 'start' });
  if (!target.quote) {
    scrollToPage(target.page);
    return null;
  }
  const match = findReaderTarget(shown.dom.page.text, shown.pageMap, target);
  const located = match && shown.dom.locate(match.start, match.end);
  if (!match || !located) {
    scrollToPage(target.page);
    return { found: false };
  }
  const range = container.ownerDocument.createRange();
  range.setStart(located.startContainer, located.startOffset);
  range.setEnd(located.endContainer, located.endOffset);
  if (typeof Highlight !== 'undefined') CSS.highlights.set(TARGET_HIGHLIGHT, new Highlight(range));
  located.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  return { found: true, page: match.page };
}
