import { useEffect, useRef, useState } from 'preact/hooks';
import { ReportFileError, type ReportFileRejection } from '../lib/paged-text/report-file-error';
import { errorText } from './error-text';
import { t } from './i18n';

/** What the reader opens: a file from the reader's disk, a file on the web (a ?url= link), a saved report (?report=). */
export type ReaderInput = { kind: 'file'; file: File } | { kind: 'url'; url: string } | { kind: 'saved'; id: number };

/** What the reader shows about an opened report. */
export interface OpenedSummary {
  /** The file's name, or what a saved report is called. */
  name: string;
  isReport: boolean;
  jurisdiction: string | null;
  year: number | null;
  headings: number;
  figures: number;
  /** The saved report this file is (same bytes), else null. */
  savedId: number | null;
  /** A report read from its file can be saved; a saved report's kept text already is. */
  savable: boolean;
  /** A saved report shown from its kept text: its file could not be opened again. */
  keptText: boolean;
  /** What became of the sentence the link quoted (null: the link quoted none). */
  target: { found: true; page: number | null } | { found: false } | null;
}

export interface ReaderAppProps {
  /** What the reader page's address names, opened at once; null: the reader waits for a file. */
  initial: ReaderInput | null;
  /** Reads, shows and annotates the report in `container`; throws a ReportFileError for a bad file. */
  open(input: ReaderInput, container: HTMLElement, onPage: (shown: number, total: number) => void): Promise<OpenedSummary>;
  /** Saves the open report into the collection (through the background). */
  save(): Promise<{ id: number }>;
}

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'failed'; message: string };

type ReaderState =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; shown: number; total: number }
  | { kind: 'failed'; name: string; reason: ReportFileRejection | 'unknown' }
  | { kind: 'open'; summary: OpenedSummary; saving: SaveState };

const REASON_KEYS: Record<ReportFileRejection | 'unknown', string> = {
  encrypted: 'readerErrorEncrypted',
  corrupt: 'readerErrorCorrupt',
  'image-only': 'readerErrorImageOnly',
  truncated: 'readerErrorTruncated',
  'too-large': 'readerErrorTooLarge',
  'unsupported-type': 'readerErrorUnsupportedType',
  'not-granted': 'readerErrorNotGranted',
  unreachable: 'readerErrorUnreachable',
  unknown: 'readerErrorUnknown',
};

/** What the status line calls the report before it is read: the file's name, or the last part of its address. */
function inputName(input: ReaderInput): string {
  if (input.kind === 'file') return input.file.name;
  if (input.kind === 'saved') return t('readerSavedReport', String(input.id));
  const path = /^https?:/i.test(input.url) ? new URL(input.url).pathname : '';
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last) || `${input.url.slice(0, 40)}…`;
  } catch {
    return last;
  }
}

/**
 * The report reader: a file picker and a drop zone, then the file's pages with headings and
 * figures marked, or a message naming why the file cannot be read.
 */
export function ReaderApp({ initial, open, save }: ReaderAppProps) {
  const [state, setState] = useState<ReaderState>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const pages = useRef<HTMLDivElement>(null);

  async function read(input: ReaderInput) {
    const name = inputName(input);
    setState({ kind: 'reading', name, shown: 0, total: 0 });
    try {
      const summary = await open(input, pages.current!, (shown, total) => setState({ kind: 'reading', name, shown, total }));
      setState({ kind: 'open', summary, saving: { kind: 'idle' } });
    } catch (error) {
      pages.current?.replaceChildren();
      setState({ kind: 'failed', name, reason: error instanceof ReportFileError ? error.reason : 'unknown' });
      if (!(error instanceof ReportFileError)) console.error(error);
    }
  }

  async function saveOpen(summary: OpenedSummary) {
    setState({ kind: 'open', summary, saving: { kind: 'saving' } });
    try {
      const { id } = await save();
      setState({ kind: 'open', summary: { ...summary, savedId: id }, saving: { kind: 'idle' } });
    } catch (error) {
      setState({ kind: 'open', summary, saving: { kind: 'failed', message: errorText(error) } });
    }
  }

  useEffect(() => {
    if (initial) void read(initial);
  }, []);

  const readFile = (file: File) => void read({ kind: 'file', file });
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer?.files[0];
    if (file) readFile(file);
  };

  return (
    <div class="reader">
      <header
        class={dragging ? 'reader-bar dragging' : 'reader-bar'}
        data-testid="reader-drop"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <h1>{t('readerTitle')}</h1>
        <label class="reader-pick">
          {t('readerPick')}
          <input
            type="file"
            data-testid="reader-file"
            accept=".pdf,.docx,.html,.htm,.txt,application/pdf"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) readFile(file);
              event.currentTarget.value = '';
            }}
          />
        </label>
        <ReaderStatus state={state} />
        {state.kind === 'open' && state.summary.isReport && <SaveControl summary={state.summary} saving={state.saving} onSave={() => void saveOpen(state.summary)} />}
      </header>
      <main class="reader-pages" data-testid="reader-pages" ref={pages} />
    </div>
  );
}

function ReaderStatus({ state }: { state: ReaderState }) {
  switch (state.kind) {
    case 'idle':
      return <p class="hint">{t('readerDrop')}</p>;
    case 'reading':
      return (
        <p class="hint" data-testid="reader-status" data-state="reading">
          {t('readerReading', state.name)} {state.total > 0 && t('readerPages', [String(state.shown), String(state.total)])}
        </p>
      );
    case 'failed':
      return (
        <p class="error" role="alert" data-testid="reader-status" data-state="failed" data-reason={state.reason}>
          {t('readerFailed', [state.name, t(REASON_KEYS[state.reason])])}
        </p>
      );
    case 'open': {
      const { summary } = state;
      return (
        <>
          <p class="hint" data-testid="reader-status" data-state="open" data-report={String(summary.isReport)}>
            {summary.isReport
              ? t('readerReport', [summary.jurisdiction ?? '—', String(summary.year ?? '—'), String(summary.headings), String(summary.figures)])
              : t('readerNotReport')}
          </p>
          {summary.keptText && <p class="hint">{t('readerKeptText')}</p>}
          <TargetNotice target={summary.target} />
        </>
      );
    }
  }
}

/** Where the link's sentence is, or that it is gone: an orphan is said, never silently dropped. */
function TargetNotice({ target }: { target: OpenedSummary['target'] }) {
  if (!target) return null;
  if (!target.found) {
    return (
      <p class="error" role="status" data-testid="reader-target" data-found="false">
        {t('readerTargetOrphan')}
      </p>
    );
  }
  return (
    <p class="hint" role="status" data-testid="reader-target" data-found="true" data-page={target.page ?? ''}>
      {target.page === null ? t('readerTargetShownUnpaged') : t('readerTargetShown', String(target.page))}
    </p>
  );
}

function SaveControl({ summary, saving, onSave }: { summary: OpenedSummary; saving: SaveState; onSave: () => void }) {
  if (summary.savedId !== null) {
    return (
      <span class="hint" data-testid="reader-saved" data-id={summary.savedId}>
        {t('readerSaved')}
      </span>
    );
  }
  if (!summary.savable) return null;
  return (
    <>
      <button type="button" class="primary" data-testid="reader-save" disabled={saving.kind === 'saving'} onClick={onSave}>
        {saving.kind === 'saving' ? t('readerSaving') : t('readerSave')}
      </button>
      {saving.kind === 'failed' && (
        <p class="error" role="alert" data-testid="reader-save-error">
          {t('readerSaveFailed', saving.message)}
        </p>
      )}
    </>
  );
}
