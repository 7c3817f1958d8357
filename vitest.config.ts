import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit suites: Node by default; DOM suites opt in with `// @vitest-environment happy-dom`.
// WxtVitest polyfills `browser` with fakeBrowser for entrypoint-level tests.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
