import type { SiteStatus } from '../../lib/messages/protocol';
import { isSitePattern, matchesPattern, siteHost, sitePatternOf } from '../../lib/messages/site-pattern';

/**
 * The parts of browser.permissions and browser.scripting the site grants use, typed loosely
 * enough for Chromium's, Firefox's and a test's fake to fit.
 */
export interface SiteAccessApi {
  permissions: {
    getAll(): Promise<{ origins?: string[] }>;
    contains(permissions: { origins: string[] }): Promise<boolean>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[]; js?: string[] }>>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
  };
}

export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle';
  allFrames: false;
  persistAcrossSessions: true;
}

/** The content script as the manifest declares it: the file, and the sites it runs on unasked. */
export interface DeclaredContentScript {
  file: string;
  matches: string[];
}

export interface SiteAccess {
  /**
   * Brings the registered content scripts in line with the granted sites (one per site, none
   * for a site given back) and returns the granted site patterns, sorted by host.
   */
  sync(): Promise<string[]>;
  isGranted(pattern: string): Promise<boolean>;
  /** Unregisters the site's content script and gives its permission back; returns the sites left. */
  revoke(pattern: string): Promise<string[]>;
  /** Whether a page's site can be granted, and is: null for pages the grant does not apply to. */
  statusOf(url: string | null): Promise<SiteStatus | null>;
}

/** Registered scripts of site grants are named `site:<pattern>`; other ids are left alone. */
const SCRIPT_ID_PREFIX = 'site:';

/**
 * Per-site grants: the reader grants a site from the popup (optional host permission
 * `*://host/*`), and from then on the content script the manifest declares for gov.cn is
 * registered for that site too (scripting.registerContentScripts, kept across browser restarts),
 * so its reports are annotated on every visit without 在此页运行. The permissions are the truth:
 * `sync` runs when the background starts and on every permissions.onAdded/onRemoved, so a grant
 * given or withdrawn in the browser's own settings (or one whose popup closed before it could
 * report back, as Firefox's does when its prompt opens) is followed too. Calls run one at a time:
 * two overlapping syncs would both register the same id and the second would fail.
 */
export function createSiteAccess(api: SiteAccessApi, declared: () => DeclaredContentScript): SiteAccess {
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  /** A page the declared content script reaches by itself needs no grant (and must not get a second script). */
  const isAutomatic = (pattern: string) => {
    const probe = `http://${siteHost(pattern)}/`;
    return declared().matches.some((match) => matchesPattern(match, probe));
  };

  const grantedSites = async () =>
    [...new Set((await api.permissions.getAll()).origins ?? [])]
      .filter((origin) => isSitePattern(origin) && !isAutomatic(origin))
      .sort((a, b) => siteHost(a).localeCompare(siteHost(b)) || a.localeCompare(b));

  const syncNow = async (): Promise<string[]> => {
    const { file } = declared();
    const granted = await grantedSites();
    const wanted = new Map(granted.map((pattern) => [`${SCRIPT_ID_PREFIX}${pattern}`, pattern]));
    const registered = (await api.scripting.getRegisteredContentScripts()).filter((script) => script.id.startsWith(SCRIPT_ID_PREFIX));
    // Stale: the site was given back, or an update moved the content script's file.
    const stale = registered.filter((script) => !wanted.has(script.id) || script.js?.length !== 1 || script.js[0]!.replace(/^\//, '') !== file);
    if (stale.length > 0) await api.scripting.unregisterContentScripts({ ids: stale.map((script) => script.id) });
    const kept = new Set(registered.filter((script) => !stale.includes(script)).map((script) => script.id));
    const missing = [...wanted].filter(([id]) => !kept.has(id));
    if (missing.length > 0) {
      await api.scripting.registerContentScripts(
        missing.map(([id, pattern]) => ({ id, matches: [pattern], js: [file], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true })),
      );
    }
    return granted;
  };

  return {
    sync: () => oneAtATime(syncNow),
    isGranted: (pattern) => api.permissions.contains({ origins: [pattern] }),
    revoke: (pattern) =>
      oneAtATime(async () => {
        // The script goes first: once the permission is gone it would not run anyway, but a
        // registration must not outlive the reader's decision.
        const id = `${SCRIPT_ID_PREFIX}${pattern}`;
        if ((await api.scripting.getRegisteredContentScripts()).some((script) => script.id === id)) {
          await api.scripting.unregisterContentScripts({ ids: [id] });
        }
        await api.permissions.remove({ origins: [pattern] });
        return syncNow();
      }),
    async statusOf(url) {
      const pattern = url ? sitePatternOf(url) : null;
      if (!pattern || isAutomatic(pattern)) return null;
      return { pattern, granted: await api.permissions.contains({ origins: [pattern] }) };
    },
  };
}

/** The declared content script, read from the manifest the browser loaded. */
export function declaredContentScript(manifest: { content_scripts?: Array<{ matches?: string[]; js?: string[] }> }): DeclaredContentScript {
  const [script] = manifest.content_scripts ?? [];
  const file = script?.js?.[0];
  if (!file) throw new Error('the manifest declares no content script');
  return { file: file.replace(/^\//, ''), matches: (manifest.content_scripts ?? []).flatMap((entry) => entry.matches ?? []) };
}
