import { defineConfig } from 'wxt';

// Auto-imports are off: lib/ must stay plain TypeScript that runs in Node, so every
// file imports what it uses explicitly.
export default defineConfig({
  imports: false,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['activeTab', 'scripting', 'unlimitedStorage'],
    browser_specific_settings: { gecko: { id: 'report-lens@report-lens.local' } },
  },
  zip: { excludeSources: ['demo-output/**', 'tests/**'] },
});
