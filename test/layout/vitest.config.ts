import { defineConfig } from 'vitest/config';

// Layout check: renders documents with LibreOffice 25.2 and Chromium and measures the PDFs (tools from
// scripts/setup-layout-tools.sh). Not part of the unit projects: it needs those tools and takes seconds.
// One file at a time, because LibreOffice conversions share one profile and are queued anyway.
export default defineConfig({
  test: {
    name: 'layout',
    include: ['test/layout/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
