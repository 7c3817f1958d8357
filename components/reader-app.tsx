import { useRef, useState } from 'preact/hooks';
import { ReportFileError, type ReportFileRejection } from '../lib/paged-text/report-file-error';
import { t } from './i18n';

/** What the reader shows about an opened file. */
export interface OpenedSummary {
  isReport: boolean;
  jurisdiction: string | null;
  year: number | null;
  headings: number;
  figures: number;
}

export interface ReaderAppProps {
  /** Reads, shows and annotates the file in `container`; throws a ReportFileError for a bad file. */
  open(file: File, container: HTMLElement, onPage: (shown: number, total: number) => void): Promise<OpenedSummary>;
}

type ReaderState =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; shown: number; total: number }
  | { kind: 'failed'; name: string; reason: ReportFileRejection | 'unknown' }
  | { kind: 'open'; name: string; summary: OpenedSummary; pages: number };

const REASON_KEYS: Record<ReportFileRejection | 'unknown', string> = {
  encrypted: 'readerErrorEncrypted',
  corrupt: 'readerErrorCorrupt',
  'image-only': 'readerErrorImageOnly',
  truncated: 'readerErrorTruncated',
  'too-large': 'readerErrorTooLarge',
  'unsupported-type': 'readerErrorUnsupportedType',
  unknown: 'readerErrorUnknown',
};

/**
 * The report reader: a file picker and a drop zone, then the file's pages with headings and
 * figures marked, or a message naming why the file cannot be read.
 */
export function ReaderApp({ open }: ReaderAppProps) {
  const [state, setState] = useState<ReaderState>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const pages = useRef<HTMLDivElement>(null);

  async function read(file: File) {
    setState({ kind: 'reading', name: file.name, shown: 0, total: 0 });
    let shownPages = 0;
    try {
      const summary = await open(file, pages.current!, (shown, total) => {
        shownPages = shown;
        setState({ kind: 'reading', name: file.name, shown, total });
      });
      setState({ kind: 'open', name: file.name, summary, pages: shownPages });
    } catch (error) {
      pages.current?.replaceChildren();
      setState({ kind: 'failed', name: file.name, reason: error instanceof ReportFileError ? error.reason : 'unknown' });
      if (!(error instanceof ReportFileError)) console.error(error);
    }
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer?.files[0];
    if (file) void read(file);
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
              if (file) void read(file);
              event.currentTarget.value = '';
            }}
          />
        </label>
        <ReaderStatus state={state} />
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
        <p class="hint" data-testid="reader-status" data-state="open" data-report={String(summary.isReport)}>
          {summary.isReport
            ? t('readerReport', [summary.jurisdiction ?? '—', String(summary.year ?? '—'), String(summary.headings), String(summary.figures)])
            : t('readerNotReport')}
        </p>
      );
    }
  }
}
