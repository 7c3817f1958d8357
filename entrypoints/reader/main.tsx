import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ReaderApp } from '../../components/reader-app';
import '../popup/style.css';
import '../../components/reader-style.css';
import { openReport } from './open-report';

/** The reader page: a report file (PDF, .docx, .html, .txt) opened from the reader's disk, annotated like a report page. */
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('readerTitle');
render(
  <ReaderApp
    open={async (file, container, onPage) => {
      const { extraction, painted } = await openReport(file, container, onPage);
      return {
        isReport: extraction.detection.isReport,
        jurisdiction: extraction.meta.jurisdiction,
        year: extraction.meta.year,
        headings: painted.headings,
        figures: painted.figures,
      };
    }}
  />,
  document.getElementById('app')!,
);
