import { findSavedFileReport, openSavedReport } from '../../lib/db/file-reports';
import { saveReport } from '../../lib/db/reports';
import { ProtocolError } from '../../lib/messages/client';
import type { BackgroundMessage, BackgroundResponses } from '../../lib/messages/protocol';
import type { BackgroundDeps } from './handle-message';

export const READER_MESSAGE_TYPES = ['reader/save', 'reader/openSaved', 'reader/findSaved'] as const;

export type ReaderMessage = Extract<BackgroundMessage, { type: (typeof READER_MESSAGE_TYPES)[number] }>;

/** Reader messages that write the database (their failures are write failures). */
export const READER_WRITES = ['reader/save'] as const;

export function isReaderMessage(message: BackgroundMessage): message is ReaderMessage {
  return (READER_MESSAGE_TYPES as readonly string[]).includes(message.type);
}

/**
 * The reader page's saved reports (lib/db/file-reports.ts). The caller has checked the message
 * and that it comes from the reader page; saveReport checks the file fits the report (its content
 * address, its text, its page map) and refuses anything else before writing.
 */
export async function routeReader(deps: BackgroundDeps, message: ReaderMessage): Promise<BackgroundResponses[ReaderMessage['type']]> {
  const { db } = deps;
  switch (message.type) {
    case 'reader/save':
      return saveReport(db, message.report, deps.now(), { source: message.source, pageMap: message.pageMap });
    case 'reader/openSaved': {
      const saved = await openSavedReport(db, message.id);
      if (!saved) throw new ProtocolError('not-found', `no saved report ${message.id} with its text`);
      return saved;
    }
    case 'reader/findSaved':
      return { id: (await findSavedFileReport(db, message.fingerprint))?.id ?? null };
  }
}
