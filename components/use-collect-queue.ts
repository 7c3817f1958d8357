import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CollectStatus, LinkState } from '../lib/collect/collect-status';
import { requestBackground } from '../lib/messages/client';
import type { ListedLink } from '../lib/messages/page-report';
import type { Send } from './use-collection';

/** How often an open popup reads the queue again: the progress bar moves while it is open. */
const POLL_MS = 1000;

export interface CollectQueueView {
  /** null until the first answer. */
  status: CollectStatus | null;
  /** Saved/queued state of each of `links`; null until the first answer. */
  linkStates: LinkState[] | null;
  refresh(): Promise<void>;
}

/**
 * The collection queue as the popup shows it, read from the background now and every second
 * while the popup is open, with the states of the current tab's list links when there are some.
 */
export function useCollectQueue(send: Send, links: readonly ListedLink[] | null, onError: (error: unknown) => void): CollectQueueView {
  const [status, setStatus] = useState<CollectStatus | null>(null);
  const [linkStates, setLinkStates] = useState<LinkState[] | null>(null);
  const urls = useRef<string[] | undefined>(undefined);
  const linkUrls = useMemo(() => links?.map((link) => link.url), [links]);
  urls.current = linkUrls;
  const refresh = useCallback(async () => {
    const asked = urls.current;
    const { links: states, ...current } = await requestBackground(send, { type: 'popup/collectStatus', ...(asked ? { urls: asked } : {}) });
    setStatus(current);
    // An answer about links the tab no longer lists (it changed while the question was out) is dropped.
    if (asked === urls.current) setLinkStates(asked ? states : null);
  }, [send]);
  useEffect(() => {
    let failed = false;
    const poll = () =>
      refresh().catch((error: unknown) => {
        // One banner per failure, not one a second.
        if (!failed) onError(error);
        failed = true;
      });
    void poll();
    const timer = setInterval(poll, POLL_MS);
    return () => clearInterval(timer);
  }, [refresh, onError, links]);
  return { status, linkStates, refresh };
}
