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
      // The API's own indicator rules, so a pasted indicator is judged here as the API will judge it; the two Node
      // built-ins they use are given browser versions (src/shims).
      '@bulwark/domain/indicator': resolve(root, '../../libs/domain/src/indicator.ts'),
      'node:net': resolve(root, 'src/shims/node-net.ts'),
      'node:url': resolve(root, 'src/shims/node-url.ts'),
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
