import { defineConfig } from 'wxt';

/**
 * - A fixed add-on id: AMO needs one, and the IndexedDB collection lives under it across reinstalls.
 * - strict_min_version 140: the first Firefox with the CSS Custom Highlight API (CSS.highlights,
 *   Highlight, ::highlight) that the page annotation is built on, and the first that knows
 *   data_collection_permissions. 140 is also an ESR, so ESR users are not locked out.
 * - data_collection_permissions 'none': nothing leaves the browser (the only requests fetch the report
 *   pages the reader asked to collect, without cookies; no
 *   telemetry; the collection is local IndexedDB). AMO requires the key for new add-ons; Firefox
 *   for Android knows it from 142, hence its own minimum.
 */
const FIREFOX_SETTINGS = {
  gecko: {
    id: 'report-lens@report-lens.local',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
};

/** The range a per-site grant is asked from (http and https pages of any host). */
const ANY_WEB_SITE = '*://*/*';

// Auto-imports are off: lib/ must stay plain TypeScript that runs in Node, so every
// file imports what it uses explicitly.
export default defineConfig({
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // No host permissions: the content script is declared for *.gov.cn only, and anywhere else
    // it runs when the reader clicks 在此页运行 (activeTab + scripting). unlimitedStorage keeps
    // the collection out of quota eviction. Nothing uses storage.* (the data is in IndexedDB).
    // offscreen (Chromium): the collector reads fetched pages with DOMParser in an offscreen
    // document, which a service worker lacks; Firefox's background page has DOMParser itself.
    // contextMenus: 在报告透镜中打开 on a PDF/Word tab and on links to such files (background/reader-ways.ts).
    permissions: ['activeTab', 'scripting', 'unlimitedStorage', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // Asked for one site at a time (`*://host/*`), only when the reader clicks 始终在此网站运行 in
    // the popup, and given back with 撤销 (entrypoints/background/site-access.ts). Listing every
    // site here grants nothing: it is the range a single-site request may come from.
    // Manifest V2 (Firefox) has no optional_host_permissions key: hosts go with the optional API
    // permissions there (WXT moves required hosts, not optional ones).
    ...(browser === 'firefox' ? { optional_permissions: [ANY_WEB_SITE] } : { optional_host_permissions: [ANY_WEB_SITE] }),
    // Firefox only (Chromium would warn about the unknown key); see FIREFOX_SETTINGS.
    ...(browser === 'firefox' ? { browser_specific_settings: FIREFOX_SETTINGS } : {}),
    // Keyboard shortcuts (the reader can change them at chrome://extensions/shortcuts or in
    // Firefox's add-on shortcuts): the background forwards each to the active tab's content script.
    commands: {
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_pageCommandToggleHighlights__' },
      'open-outline': { suggested_key: { default: 'Alt+Shift+O' }, description: '__MSG_pageCommandOpenOutline__' },
      'clip-selection': { suggested_key: { default: 'Alt+Shift+C' }, description: '__MSG_pageCommandClipSelection__' },
    },
    // The annotator chunk (engine + in-page UI) that the small content script imports on likely
    // report pages only. Web-accessible so the content script may import it on any page it runs
    // on; use_dynamic_url keeps pages from probing a fixed URL to detect the extension.
    web_accessible_resources: [{ resources: ['page-annotator.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
  }),
  vite: () => ({
    // Preact's automatic JSX runtime (no Preact Vite plugin: no HMR needed for a popup).
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
  zip: { excludeSources: ['demo-output/**', 'test-results/**', 'tests/**'] },
});
