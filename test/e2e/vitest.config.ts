import { defineConfig } from 'vitest/config';

// End-to-end: the real renderer (built into out/renderer) in Debian's Chromium, driven by playwright-core
// through the browser-mode host. One file at a time: each test file starts its own host and browser.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000, // the host compiles at start: slow on a loaded shared machine
    // A poll waits for the UI to catch up (a save answered, a section re-rendered). vitest's 1 s
    // default is less than one busy round trip on a loaded 2-core CI machine; a real failure still
    // fails, only later.
    expect: { poll: { timeout: 10_000 } },
  },
});
