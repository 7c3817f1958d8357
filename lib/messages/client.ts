import type { BackgroundMessage, BackgroundMessageType, BackgroundResponses, ErrorCode, Reply } from './protocol';

/*
 * The sending side of the protocol, kept apart from the zod schemas (protocol.ts only lends its
 * types here) so that the popup's bundle does not carry zod: only the background validates.
 */

export class ProtocolError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'ProtocolError';
  }
}

/**
 * Sends a message to the background through `send` (runtime.sendMessage; injected so this
 * module stays free of extension APIs) and unwraps the reply, throwing ProtocolError on an
 * error reply or on silence (a background that never answered).
 */
export async function requestBackground<T extends BackgroundMessageType>(
  send: (message: BackgroundMessage) => Promise<unknown>,
  message: Extract<BackgroundMessage, { type: T }>,
): Promise<BackgroundResponses[T]> {
  const reply = (await send(message)) as Reply<T> | undefined;
  if (!reply || typeof reply !== 'object') throw new ProtocolError('internal', 'no reply from the background');
  if (!reply.ok) throw new ProtocolError(reply.error, reply.detail);
  return reply.data;
}
