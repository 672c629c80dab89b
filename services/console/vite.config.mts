import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = path.resolve(import.meta.dirname, '../..');

// The console is built into dist/console (CONSOLE_OUT_DIR overrides), which the gateway serves at /.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  resolve: {
    // the one library the browser shares with the services: Vietnamese dates, numbers and sorting
    alias: { '@tdkt/vietnamese': path.join(root, 'libs/vietnamese/src/index.ts') },
  },
  build: {
    outDir: process.env.CONSOLE_OUT_DIR ?? path.join(root, 'dist/console'),
    emptyOutDir: true,
    sourcemap: true,
    // React and Mantine together, one chunk: the console is one app, loaded once and cached (hashed names)
    chunkSizeWarningLimit: 800,
  },
  logLevel: 'warn',
});
