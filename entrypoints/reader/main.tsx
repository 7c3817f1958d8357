import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ReaderApp } from '../../components/reader-app';
import { fileReportUrl } from '../../lib/paged-text/report-identity';
import { startAnnotator } from '../page-annotator/annotator';
import '../popup/style.css';
import '../../components/reader-style.css';
import { showReportFile } from './open-report';
import { readerPageContext, readerText } from './reader-text';

/**
 * The reader page: a report file (PDF, .docx, .html, .txt) opened from the reader's disk, shown
 * and annotated by the same annotator as a report page (outline panel, figure cards, clips,
 * teaching), over the file's text instead of the page's.
 */
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('readerTitle');
const text = readerText();
const annotator = startAnnotator(readerPageContext(window), text);

render(
  <ReaderApp
    open={async (file, container, onPage) => {
      try {
        const shown = await showReportFile(file, container, onPage);
        text.show(shown, fileReportUrl(shown.file.fingerprint));
      } catch (error) {
        text.clear();
        await annotator.reread();
        throw error;
      }
      await annotator.reread();
      const report = await annotator.report();
      return {
        isReport: report.isReport,
        jurisdiction: report.meta?.jurisdiction ?? null,
        year: report.meta?.year ?? null,
        headings: report.painted?.headings ?? 0,
        figures: report.painted?.figures ?? 0,
      };
    }}
  />,
  document.getElementById('app')!,
);
