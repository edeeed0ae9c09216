import { All, Controller, Get, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { Permission } from '@bulwark/domain';
import type { Request, Response } from 'express';
import { Requires } from '@api/auth/access-rule.decorator';
import { CurrentViewer } from '@api/auth/current-viewer.decorator';
import type { RequestViewer } from '@api/auth/request-viewer';
import { forbidden, notFound } from '@api/common/app-errors';
import type { TaxiiApiRoot, TaxiiDiscovery, TaxiiPage } from './models/taxii-resources';
import { TaxiiErrorFilter } from './taxii-error.filter';
import { TAXII_MEDIA_TYPE } from './taxii-media';
import { taxiiFilters } from './taxii-query';
import { TaxiiService } from './taxii.service';

/** The query string as Express parsed it (`match[id]` is a key): read here, not through the global ValidationPipe. */
const queryOf = (req: Request) => req.query as Record<string, unknown>;

/** Where the API root is, as the client reached this server (behind a proxy, set TRUST_PROXY). */
const apiRootUrl = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}/taxii2/api/`;

/** TAXII's media type exactly as the specification writes it (Express's `send` would append a charset). */
function send(res: Response, body: unknown): void {
  res.setHeader('Content-Type', TAXII_MEDIA_TYPE);
  res.end(JSON.stringify(body));
}

/** A page, with the first and last `date_added` it holds in TAXII's headers. */
function sendPage(res: Response, page: TaxiiPage<unknown>): void {
  if (page.firstAdded) res.set('X-TAXII-Date-Added-First', page.firstAdded);
  if (page.lastAdded) res.set('X-TAXII-Date-Added-Last', page.lastAdded);
  send(res, page.body);
}

/**
 * TAXII 2.1 (read-only): a discovery resource, one API root, and collections of what the caller may read.
 * Answers are written by hand rather than returned, so Nest sets no JSON media type of its own.
 */
@Controller('taxii2')
@UseFilters(TaxiiErrorFilter)
@Requires(Permission.BULLETIN_READ)
export class TaxiiController {
  constructor(private readonly taxii: TaxiiService) {}

  @Get()
  discovery(@Req() req: Request, @Res() res: Response): void {
    const root = apiRootUrl(req);
    const discovery: TaxiiDiscovery = {
      title: 'Bulwark',
      description: 'Threat bulletins shared between election-security agencies and offices, as STIX 2.1.',
      default: root,
      api_roots: [root],
    };
    send(res, discovery);
  }

  @Get('api')
  apiRoot(@Res() res: Response): void {
    const root: TaxiiApiRoot = {
      title: 'Bulwark bulletins',
      description: 'Collections of the bulletins you may read: everything, and each of your saved feeds.',
      versions: [TAXII_MEDIA_TYPE],
      max_content_length: this.taxii.maxContentLength,
    };
    send(res, root);
  }

  @Get('api/collections')
  async collections(@CurrentViewer() viewer: RequestViewer, @Res() res: Response): Promise<void> {
    send(res, { collections: await this.taxii.collections(viewer) });
  }

  @Get('api/collections/:collectionId')
  async collection(
    @CurrentViewer() viewer: RequestViewer,
    @Param('collectionId') collectionId: string,
    @Res() res: Response,
  ): Promise<void> {
    send(res, await this.taxii.collection(viewer, collectionId));
  }

  @Get('api/collections/:collectionId/manifest')
  async manifest(
    @CurrentViewer() viewer: RequestViewer,
    @Param('collectionId') collectionId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    sendPage(res, await this.taxii.manifest(viewer, collectionId, taxiiFilters(queryOf(req), { versions: 'last' })));
  }

  @Get('api/collections/:collectionId/objects')
  async objects(
    @CurrentViewer() viewer: RequestViewer,
    @Param('collectionId') collectionId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    sendPage(res, await this.taxii.objects(viewer, collectionId, taxiiFilters(queryOf(req), { versions: 'last' })));
  }

  @Post('api/collections/:collectionId/objects')
  addObjects(): never {
    throw forbidden('Collections here are read-only: a bulletin is written through the portal or the GraphQL API.');
  }

  @Get('api/collections/:collectionId/objects/:objectId')
  async object(
    @CurrentViewer() viewer: RequestViewer,
    @Param('collectionId') collectionId: string,
    @Param('objectId') objectId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const filters = taxiiFilters(queryOf(req), { versions: 'last', id: objectId });
    sendPage(res, await this.taxii.object(viewer, collectionId, objectId, filters));
  }

  @Get('api/collections/:collectionId/objects/:objectId/versions')
  async objectVersions(
    @CurrentViewer() viewer: RequestViewer,
    @Param('collectionId') collectionId: string,
    @Param('objectId') objectId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const filters = taxiiFilters(queryOf(req), { versions: 'all', id: objectId });
    sendPage(res, await this.taxii.objectVersions(viewer, collectionId, objectId, filters));
  }

  /** Anything else under /taxii2/ (a status resource: nothing is ever written here) is a TAXII 404. */
  @All('*rest')
  unknown(): never {
    throw notFound('Resource');
  }
}
