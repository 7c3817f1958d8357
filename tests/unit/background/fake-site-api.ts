import type { RegisteredScript, SiteAccessApi } from '../../../entrypoints/background/site-access';

/**
 * browser.permissions and browser.scripting as far as site grants use them, in memory, with
 * Chromium's rules where they matter: registering an id twice fails ("Duplicate script ID"),
 * unregistering an unknown id fails, each call takes a turn of the event loop.
 */
export function fakeSiteApi(granted: string[] = []) {
  const origins = new Set(granted);
  const scripts = new Map<string, RegisteredScript>();
  const tick = () => new Promise((done) => setTimeout(done, 0));
  const api: SiteAccessApi = {
    permissions: {
      getAll: async () => (await tick(), { origins: [...origins] }),
      contains: async ({ origins: wanted }) => (await tick(), wanted.every((origin) => origins.has(origin))),
      remove: async ({ origins: removed }) => {
        await tick();
        return removed.map((origin) => origins.delete(origin)).every(Boolean);
      },
    },
    scripting: {
      getRegisteredContentScripts: async () => (await tick(), [...scripts.values()].map((script) => ({ ...script }))),
      registerContentScripts: async (added) => {
        await tick();
        for (const script of added) if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        for (const script of added) scripts.set(script.id, script);
      },
      unregisterContentScripts: async ({ ids }) => {
        await tick();
        for (const id of ids) if (!scripts.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
        for (const id of ids) scripts.delete(id);
      },
    },
  };
  return {
    api,
    /** The grants as the browser holds them: what the reader's answer to a prompt changes. */
    origins,
    scripts,
  };
}

/** The manifest's content script, as the built extension declares it. */
export const DECLARED = { file: 'content-scripts/content.js', matches: ['*://*.gov.cn/*'] };
