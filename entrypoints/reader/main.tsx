import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ReaderApp, type ReaderInput } from '../../components/reader-app';
import { parseReaderQuery } from '../../lib/paged-text/reader-link';
import { startAnnotator } from '../page-annotator/annotator';
import '../popup/style.css';
import '../../components/reader-style.css';
import { readerSession } from './reader-session';
import { readerPageContext, readerText } from './reader-text';

/**
 * The reader page: a report file (PDF, .docx, .html, .txt) opened from the reader's disk, from a
 * granted site (?url=) or from the collection (?report=), shown and annotated by the same
 * annotator as a report page (outline panel, figure cards, clips, teaching), over the file's text
 * instead of the page's; a link's page and quote (&page=, &quote=) are scrolled to and highlighted.
 */
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('readerTitle');
const text = readerText();
const session = readerSession(startAnnotator(readerPageContext(window), text), text);
const target = parseReaderQuery(location.search);
const initial: ReaderInput | null = target?.url ? { kind: 'url', url: target.url } : target?.report ? { kind: 'saved', id: target.report } : null;

render(
  <ReaderApp
    initial={initial}
    open={(input, container, onPage) => session.open(input, container, onPage, input.kind === 'file' ? null : target)}
    save={() => session.save()}
  />,
  document.getElementById('app')!,
);
