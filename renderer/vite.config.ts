// The renderer bundle: served from app://briefdesk/ in Electron and from http://127.0.0.1:<port>/ in
// browser mode, so every asset URL is relative (base './').
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    // Chromium 156 (Electron 45) and nothing older.
    target: 'es2023',
    // Loaded from disk or loopback, never over a network: one bundle is fine.
    chunkSizeWarningLimit: 1500,
  },
});
