import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
// `npm run dev:web` proxies the API it finds here (start it with `npm start` first).
const api = process.env['BULWARK_API_URL'] ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    alias: {
      '@web': resolve(root, 'src'),
      // The one browser-safe part of libs/domain (its index also loads node:net for indicators).
      '@bulwark/domain/jurisdiction': resolve(root, '../../libs/domain/src/jurisdiction.ts'),
    },
  },
  build: {
    outDir: resolve(root, '../../dist/apps/web'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    port: 5173,
    strictPort: false,
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: false },
      '/auth': { target: api, changeOrigin: false },
      '/health': { target: api },
    },
  },
});
