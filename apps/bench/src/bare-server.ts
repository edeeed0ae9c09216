/**
 * The baseline: a bare `node:http` + `pg` server answering the feed-read request with the SQL the API runs.
 * It calls the API's own built repositories (BulletinsReadRepository, ViewerRepository) over a one-method
 * stand-in for TypeORM's DataSource, so the statements are the same text with the same parameters, and the
 * API's own mapping and cursor code. What it leaves out is the framework: Express, Nest, Passport, Apollo.
 */
import 'reflect-metadata';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { viewerFromRow } from '@api/auth/viewer-factory';
import { ViewerRepository } from '@api/auth/viewer.repository';
import { toConnection } from '@api/graphql/pagination';
import { toBulletin } from '@api/modules/bulletins/bulletin-mapper';
import { BulletinsReadRepository } from '@api/modules/bulletins/bulletins-read.repository';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';

const secret = process.env['JWT_SECRET'] ?? '';
const port = Number(process.env['PORT'] ?? 0);

function verifyJwt(token: string): { sub: string; sid: string } | null {
  const [head, body, signature] = token.split('.');
  if (!head || !body || !signature) return null;
  const expected = createHmac('sha256', secret).update(`${head}.${body}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as { sub?: string; sid?: string; exp?: number };
  if (!claims.sub || !claims.sid || (claims.exp ?? 0) * 1000 < Date.now()) return null;
  return { sub: claims.sub, sid: claims.sid };
}

async function main(): Promise<void> {
  const url = process.env['DATABASE_URL'];
  let pglite: PGlite | null = null;
  let pool: Pool;
  if (url) {
    pool = new Pool({ connectionString: url, max: Number(process.env['DATABASE_POOL_SIZE'] ?? 10) });
  } else {
    pglite = new PGlite(process.env['BULWARK_DATA_DIR'] ?? '');
    await pglite.waitReady;
    pool = new Pool({ ...createPgConfig(pglite), max: 1 });
  }
  const dataSource = {
    query: async (sql: string, params?: unknown[]): Promise<unknown[]> =>
      (await pool.query<Record<string, unknown>>(sql, params)).rows,
  } as unknown as DataSource;
  const viewers = new ViewerRepository(dataSource);
  const bulletins = new BulletinsReadRepository(dataSource);

  const feed = async (req: IncomingMessage): Promise<unknown> => {
    const claims = verifyJwt((req.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (!claims) return { errors: [{ message: 'unauthenticated' }] };
    const row = await viewers.forSession(claims.sub, claims.sid);
    const viewer = row && viewerFromRow(row, 'USER', claims.sid);
    if (!viewer?.active) return { errors: [{ message: 'unauthenticated' }] };
    const first = 20;
    const { rows, total } = await bulletins.page(viewer, {}, null, null, first);
    const keys = new Map(rows.map((r) => [r.id, r.listed_at_key]));
    const connection = toConnection(rows.map(toBulletin), first, total, (b) => ({
      key: keys.get(b.id) as string,
      id: b.id,
    }));
    // The same selection as the GraphQL document the load generator sends.
    return {
      data: {
        bulletins: {
          totalCount: connection.totalCount,
          edges: connection.edges.map(({ cursor, node }) => ({
            cursor,
            node: {
              id: node.id,
              reference: node.reference,
              tier: node.tier,
              status: node.status,
              title: node.title,
              severity: node.severity,
              category: node.category,
              publishedAt: node.publishedAt?.toISOString() ?? null,
              jurisdictions: node.jurisdictions,
            },
          })),
          pageInfo: connection.pageInfo,
        },
      },
    };
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.url === '/health/ready') {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
        return;
      }
      feed(req)
        .then((body) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body)))
        .catch((error: unknown) => res.writeHead(500).end(String(error)));
    });
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, '127.0.0.1', () => process.stdout.write(`bare server listening on ${port}\n`));
  const stop = () => {
    server.close();
    server.closeAllConnections();
    void pool
      .end()
      .then(() => pglite?.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

void main();
