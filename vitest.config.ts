import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Unit tests run under plain Node (shared and main-side code, no Electron); component tests run the
// React UI in jsdom. End-to-end tests have their own config (test/e2e/vitest.config.ts).
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['test/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['test/component/setup.ts'],
        },
      },
    ],
  },
});
