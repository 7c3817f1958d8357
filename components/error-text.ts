import { ProtocolError } from '../lib/messages/client';
import type { ErrorCode } from '../lib/messages/protocol';
import type { ImportRejection } from '../lib/export/collection-json';
import type { TeachRejection } from '../lib/teach/teach-error';
import { t } from './i18n';

const ERROR_KEYS: Partial<Record<ErrorCode, string>> = {
  'no-content-script': 'errorNoContentScript',
  'not-a-report': 'errorNotAReport',
  'cannot-run-here': 'errorCannotRunHere',
  'not-found': 'errorNotFound',
  'not-granted': 'errorNotGranted',
};

const IMPORT_KEYS: Record<ImportRejection, string> = {
  'too-large': 'errorImportTooLarge',
  'not-json': 'errorImportNotJson',
  'forbidden-key': 'errorImportForbiddenKey',
  'not-report-lens': 'errorImportNotReportLens',
  'unsupported-version': 'errorImportVersion',
  'too-many': 'errorImportTooMany',
  invalid: 'errorImportInvalid',
};

const TEACH_KEYS: Record<TeachRejection, string> = {
  'no-number': 'teachErrorNoNumber',
  'empty-name': 'teachErrorEmptyName',
  'duplicate-name': 'teachErrorDuplicateName',
  'matches-nothing': 'teachErrorMatchesNothing',
  'unknown-indicator': 'teachErrorUnknownIndicator',
  'unknown-report': 'teachErrorUnknownReport',
  'not-stated': 'teachErrorNotStated',
  'not-saved': 'teachErrorNotSaved',
};

/** The message for a refused teaching, from its reason (TeachError.reason, or the detail of 'teach-rejected'). */
export function teachErrorText(reason: string): string {
  return t(TEACH_KEYS[reason as TeachRejection] ?? 'teachErrorMatchesNothing');
}

/**
 * The banner text for a failure, in the reader's language. A refused write says so plainly
 * (nothing was kept), with the database's reason; a refused import says why, and that the
 * collection was left unchanged.
 */
export function errorText(error: unknown): string {
  if (!(error instanceof ProtocolError)) return t('errorGeneric', error instanceof Error ? error.message : String(error));
  if (error.code === 'write-failed') return t('errorWriteFailed', error.detail ?? '');
  if (error.code === 'invalid-import') {
    // detail is "reason" or "reason: specifics" (ImportError.message).
    const [reason, ...rest] = (error.detail ?? '').split(': ');
    const key = IMPORT_KEYS[reason as ImportRejection] ?? 'errorImportInvalid';
    return t(key, rest.join(': '));
  }
  if (error.code === 'teach-rejected') return teachErrorText((error.detail ?? '').split(': ')[0]!);
  const key = ERROR_KEYS[error.code];
  return key ? t(key) : t('errorGeneric', error.detail ?? error.code);
}
