/**
 * The baseline: a bare `node:http` + `pg` server. Reads answer the feed-read and search requests with the SQL the
 * API runs: it calls the API's own built BulletinsService.list (over BulletinsReadRepository and ViewerRepository)
 * through a one-method stand-in for TypeORM's DataSource, so the statements are the same text with the same
 * parameters, and the API's own mapping and cursor code. `POST /publish` writes what a publication writes (the
 * bulletin, its revision and search vector, the event, the audit records) in one transaction, with the API's own
 * event-log and audit code. What it leaves out is the framework: Express, Nest, Passport, Apollo, validation.
 */
import 'reflect-metadata';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { RequestViewer } from '@api/auth/request-viewer';
import { viewerFromRow } from '@api/auth/viewer-factory';
import { ViewerRepository } from '@api/auth/viewer.repository';
import { BulletinsReadRepository } from '@api/modules/bulletins/bulletins-read.repository';
import { BulletinsService } from '@api/modules/bulletins/bulletins.service';
import type { BulletinFilter } from '@api/modules/bulletins/dto/bulletins.args';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { barePublish, type PublishInput } from './bare-publish';
import { SIGN_IN_AS_DEPLOYED } from './deployed-sign-in';

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

const UNAUTHENTICATED = { errors: [{ message: 'unauthenticated' }] };

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
  const viewers = new ViewerRepository(dataSource, SIGN_IN_AS_DEPLOYED);
  // list() reads through the repository only; the audit service is for single reads, which this server never does.
  const bulletins = new BulletinsService(new BulletinsReadRepository(dataSource), null as never);

  const viewerOf = async (req: IncomingMessage): Promise<RequestViewer | null> => {
    const claims = verifyJwt((req.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (!claims) return null;
    const row = await viewers.forSession(claims.sub, claims.sid);
    const viewer = row && viewerFromRow(row, 'USER', claims.sid);
    return viewer?.active ? viewer : null;
  };

  const list = async (req: IncomingMessage, raw: string): Promise<unknown> => {
    const viewer = await viewerOf(req);
    if (!viewer) return UNAUTHENTICATED;
    const request = JSON.parse(raw || '{}') as { query?: string; variables?: { filter?: BulletinFilter } };
    const connection = await bulletins.list(viewer, { first: 20, filter: request.variables?.filter });
    // The same selection as the GraphQL documents the load generator sends (FEED_SELECTION, SEARCH_SELECTION).
    return {
      data: {
        bulletins: {
          // As the API: matches are counted (up to its cap) only when the document asks for totalCount.
          ...(request.query?.includes('totalCount')
            ? { totalCount: await connection.totalCount, totalCountIsExact: await connection.totalCountIsExact }
            : {}),
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

  const publish = async (req: IncomingMessage, raw: string): Promise<unknown> => {
    const viewer = await viewerOf(req);
    if (!viewer) return UNAUTHENTICATED;
    return { data: await barePublish(pool, viewer, JSON.parse(raw) as PublishInput) };
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.url === '/health/ready') {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
        return;
      }
      const raw = Buffer.concat(chunks).toString();
      (req.url === '/publish' ? publish(req, raw) : list(req, raw))
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
