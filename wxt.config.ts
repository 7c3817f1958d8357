import { defineConfig } from 'wxt';

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
    permissions: ['activeTab', 'scripting', 'unlimitedStorage'],
    // Firefox needs a fixed add-on id (AMO, and IndexedDB that survives reinstalls); Chromium
    // would only warn about the unknown key.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'report-lens@report-lens.local' } } } : {}),
  }),
  vite: () => ({
    // Preact's automatic JSX runtime (no Preact Vite plugin: no HMR needed for a popup).
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
  zip: { excludeSources: ['demo-output/**', 'tests/**'] },
});
