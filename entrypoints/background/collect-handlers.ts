import type { Collector, QueueStore } from '../../lib/collect/collector';
import { collectStatus, linkStates, type CollectStatus } from '../../lib/collect/collect-status';
import { ProtocolError } from '../../lib/messages/client';
import type { BackgroundMessage, BackgroundResponses } from '../../lib/messages/protocol';
import type { SenderInfo } from '../../lib/messages/sender';
import type { BackgroundDeps } from './handle-message';

/** The collection queue as the router reaches it (built with the browser in collect-wiring.ts). */
export interface CollectQueue {
  collector: Collector;
  store: QueueStore;
  /** Calls `listener` after each report the collector saved (the router's text search goes stale). */
  onSaved(listener: () => void): void;
}

export const COLLECT_MESSAGE_TYPES = [
  'page/collectStart',
  'page/collectLinks',
  'popup/collectStart',
  'popup/collectPause',
  'popup/collectResume',
  'popup/collectCancel',
  'popup/collectRetry',
  'popup/collectStatus',
] as const;

export type CollectMessage = Extract<BackgroundMessage, { type: (typeof COLLECT_MESSAGE_TYPES)[number] }>;

/** Collect messages that write the database (their failures are write failures). */
export const COLLECT_WRITES = [
  'page/collectStart',
  'popup/collectStart',
  'popup/collectPause',
  'popup/collectResume',
  'popup/collectCancel',
  'popup/collectRetry',
] as const;

export function isCollectMessage(message: BackgroundMessage): message is CollectMessage {
  return (COLLECT_MESSAGE_TYPES as readonly string[]).includes(message.type);
}

/**
 * The collection queue's messages. The caller has checked the message and its sender's kind.
 * A list page queues links as its own (the sender's address is the list's provenance) and reads
 * back only the state of links it names, never the queue of other sites.
 */
export async function routeCollect(
  deps: BackgroundDeps,
  message: CollectMessage,
  sender: SenderInfo,
): Promise<BackgroundResponses[CollectMessage['type']]> {
  const queue = deps.collect;
  if (!queue) {
    // No browser to fetch with (tests of other features): an empty queue to show, nothing to start.
    if (message.type === 'popup/collectStatus') return { ...collectStatus([], false), links: (message.urls ?? []).map(() => ({ saved: false, state: null })) };
    throw new ProtocolError('internal', 'no collection queue here');
  }
  const { collector, store } = queue;
  const status = async (): Promise<CollectStatus> => collectStatus(await store.list(), await store.paused());
  switch (message.type) {
    case 'page/collectStart':
      return collector.enqueue(sender.url!, message.links);
    case 'page/collectLinks':
      return { links: await linkStates(deps.db, await store.list(), message.urls) };
    case 'popup/collectStart':
      return collector.enqueue(message.listUrl, message.links);
    case 'popup/collectPause':
      await collector.pause();
      return status();
    case 'popup/collectResume':
      await collector.resume();
      return status();
    case 'popup/collectCancel':
      await collector.cancel();
      return status();
    case 'popup/collectRetry':
      await collector.retry(message.id);
      return status();
    case 'popup/collectStatus': {
      const current = await status();
      return { ...current, links: await linkStates(deps.db, current.items, message.urls ?? []) };
    }
  }
}
