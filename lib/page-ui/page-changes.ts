/** What the page-change watcher needs to know about our own nodes. */
export interface PageChangeOptions {
  /** True for nodes of our own UI (the shadow host): their mutations are ours, not the page's. */
  owns(node: Node): boolean;
  /** Called once the page has been quiet for `delayMs` after a change of its own. */
  onChange(): void;
  /** Read at each change, so a caller may define it as a getter (e.g. longer for a page slow to read). */
  delayMs: number;
  /** A page that never stops changing (a ticker, a clock) is still read at least this often; read like `delayMs`. */
  maxWaitMs: number;
}

export interface PageChangeWatcher {
  /** Runs `write` (our own DOM writes: wrapping, mounting) without the watcher seeing them. */
  pause<T>(write: () => T): T;
  stop(): void;
}

const OBSERVED: MutationObserverInit = { childList: true, characterData: true, subtree: true };

/**
 * Living pages: CMS pages that load their article late, SPAs that swap it, scripts that fix up
 * text. A MutationObserver on the whole document (childList, characterData; attribute changes
 * such as a carousel's class flips are not text) calls `onChange` after `delayMs` of quiet, so a
 * burst of edits costs one re-read, and at least every `maxWaitMs` while the edits go on. Mutations inside our own UI are ignored, and our own writes
 * to the page (the wrapping fallback) are made under `pause`, which drops their records.
 */
export function watchPageChanges(doc: Document, options: PageChangeOptions): PageChangeWatcher {
  const win = doc.defaultView!;
  let timer: number | undefined;
  /** When the oldest change not yet acted on happened, or null. */
  let pendingSince: number | null = null;
  const fire = () => {
    pendingSince = null;
    options.onChange();
  };
  const schedule = () => {
    const now = Date.now();
    pendingSince ??= now;
    win.clearTimeout(timer);
    timer = win.setTimeout(fire, Math.max(0, Math.min(options.delayMs, pendingSince + options.maxWaitMs - now)));
  };
  const isPageMutation = (record: MutationRecord) => {
    if (options.owns(record.target)) return false;
    const moved = [...record.addedNodes, ...record.removedNodes];
    return moved.length === 0 || !moved.every((node) => options.owns(node));
  };
  const observer = new win.MutationObserver((records) => {
    if (records.some(isPageMutation)) schedule();
  });
  const observe = () => observer.observe(doc.documentElement, OBSERVED);
  observe();
  return {
    pause(write) {
      // Records queued before our write are the page's: keep them.
      if (observer.takeRecords().some(isPageMutation)) schedule();
      observer.disconnect();
      try {
        return write();
      } finally {
        observe();
      }
    },
    stop() {
      observer.disconnect();
      win.clearTimeout(timer);
    },
  };
}
