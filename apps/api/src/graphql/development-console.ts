import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';

const ASSETS: Record<string, { module: string; file: string; type: string }> = {
  'react.js': { module: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { module: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { module: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { module: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bulwark GraphiQL (development)</title>
<link rel="stylesheet" href="/graphiql/graphiql.css"><style>body{margin:0;height:100vh}#app{height:100vh}</style></head>
<body><div id="app"></div>
<script src="/graphiql/react.js"></script><script src="/graphiql/react-dom.js"></script><script src="/graphiql/graphiql.js"></script>
<script src="/graphiql/start.js"></script></body></html>`;

// Served as a file, not inline, so a Content-Security-Policy without 'unsafe-inline' still allows it.
// Subscriptions go over graphql-ws on the page's own host (connect-src 'self' allows it); the headers typed in
// GraphiQL's editor become the socket's connectionParams, so {"authorization": "Bearer …"} works on both.
export const START = `const subscriptionUrl = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/graphql';
const fetcher = GraphiQL.createFetcher({ url: '/graphql', subscriptionUrl });
ReactDOM.createRoot(document.getElementById('app')).render(React.createElement(GraphiQL, { fetcher }));`;

function resolveAsset(name: string): string | null {
  const asset = ASSETS[name];
  if (!asset) return null;
  try {
    // From the package folder: react's `exports` map does not list its UMD builds.
    return join(dirname(require.resolve(`${asset.module}/package.json`)), asset.file);
  } catch {
    return null; // dev dependencies not installed: no console, nothing else breaks
  }
}

/** GraphiQL at /graphiql, from local packages (no CDN). Mounted in development only. */
export function mountDevelopmentConsole(app: NestExpressApplication): void {
  if (!resolveAsset('graphiql.js')) return;
  const http = app.getHttpAdapter().getInstance();
  http.get('/graphiql', (_req: unknown, res: { type(t: string): { send(b: string): void } }) =>
    res.type('text/html').send(PAGE),
  );
  http.get('/graphiql/start.js', (_req: unknown, res: { type(t: string): { send(b: string): void } }) =>
    res.type('text/javascript').send(START),
  );
  http.get(
    '/graphiql/:asset',
    (
      req: { params: { asset: string } },
      res: { status(n: number): { end(): void }; type(t: string): { send(b: Buffer): void } },
    ) => {
      const path = resolveAsset(req.params.asset);
      const asset = ASSETS[req.params.asset];
      if (!path || !asset) return res.status(404).end();
      res.type(asset.type).send(readFileSync(path));
    },
  );
}
