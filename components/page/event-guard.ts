import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * Which events the in-page UI acts on. A page's own script can dispatch events (element.click(),
 * form.requestSubmit()) but cannot make them trusted: only the reader's real input is. The
 * default accepts trusted events only, so no script of the page can clip, save or toggle through
 * our UI; DOM test environments, which have no trusted events, pass their own guard.
 */
export type EventGuard = (event: Event) => boolean;

export const acceptTrusted: EventGuard = (event) => event.isTrusted === true;

/** For extension pages (the popup), which no web page's script can reach: every event is the reader's. */
export const acceptAll: EventGuard = () => true;

export const EventGuardContext = createContext<EventGuard>(acceptTrusted);

/** Wraps a handler so that it runs for accepted (real) events only. */
export function useGuarded(): <E extends Event>(handler: (event: E) => void) => (event: E) => void {
  const accept = useContext(EventGuardContext);
  return (handler) => (event) => {
    if (accept(event)) handler(event);
  };
}
