/** The Express app: JSON API under /api, the built explorer at / when `staticDir` is given. */
import express, { type ErrorRequestHandler, type Express } from 'express';
import helmet from 'helmet';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { LIMITS, type ErrorBody } from './contract.ts';
import type { ApiContext } from './context.ts';
import type { CachedBody } from './cached-response.ts';
import { NotFoundError, toApiError } from './errors.ts';
import { createGraphVersion } from './graph-version.ts';
import { buildOpenApiDocument } from './openapi.ts';
import { SearchIndex } from './search-index.ts';
import { VersionedCache } from './versioned-cache.ts';
import { createCypherRoutes } from './routes/cypher.ts';
import { createHealthRoutes } from './routes/health.ts';
import { createNodeRoutes } from './routes/nodes.ts';
import { createProjectRoutes } from './routes/projects.ts';
import { createRegionRoutes } from './routes/regions.ts';
import { createReportRoutes } from './routes/reports.ts';
import { createSearchRoutes } from './routes/search.ts';

export interface CreateAppOptions {
  /** The process's Neo4j driver; the app never closes it. */
  driver: Driver;
  /** Directory of the built explorer (index.html + assets) to serve at `/`. */
  staticDir?: string;
}

/** Content Security Policy fit for the built explorer: same-origin scripts, canvas drawing, no inline script. */
const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // served over plain http on 127.0.0.1: upgrading requests would break every asset
  upgradeInsecureRequests: null,
};

const errorMiddleware: ErrorRequestHandler = (err, _req, res, next) => {
  if (res.headersSent) return next(err);
  const apiError = toApiError(err);
  if (apiError.status >= 500 && apiError.code === 'internal') console.error('graph-api: unexpected error', err);
  const body: ErrorBody = {
    error: {
      code: apiError.code,
      message: apiError.message,
      ...(apiError.details === undefined ? {} : { details: apiError.details }),
    },
  };
  res.status(apiError.status).json(body);
};

/** Build the app. Routes read Neo4j through `driver` in READ sessions only. */
export function createApp({ driver, staticDir }: CreateAppOptions): Express {
  const graphVersion = createGraphVersion(driver);
  const ctx: ApiContext = {
    driver,
    graphVersion,
    searchIndex: new SearchIndex(driver, graphVersion),
    responseCache: new VersionedCache<CachedBody>(500, 60_000),
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(
    helmet({
      contentSecurityPolicy: { useDefaults: true, directives: CSP_DIRECTIVES },
      strictTransportSecurity: false,
    }),
  );

  const api = express.Router();
  api.use(express.json({ limit: LIMITS.bodyMaxBytes }));
  api.get('/openapi.json', (_req, res) => {
    res.json(buildOpenApiDocument());
  });
  for (const routes of [
    createHealthRoutes,
    createSearchRoutes,
    createNodeRoutes,
    createRegionRoutes,
    createProjectRoutes,
    createReportRoutes,
    createCypherRoutes,
  ]) {
    api.use(routes(ctx));
  }
  api.use((req) => {
    throw new NotFoundError(`no endpoint ${req.method} /api${req.path}`);
  });
  app.use('/api', api);

  if (staticDir) {
    app.use(express.static(staticDir, { index: 'index.html', fallthrough: true }));
    // single-page app: any other GET that is not under /api gets index.html
    app.use((req, res, next) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return next();
      res.sendFile(join(staticDir, 'index.html'), (err) => {
        if (err) next(new NotFoundError(`no page ${req.path}`));
      });
    });
  }
  app.use((req) => {
    throw new NotFoundError(`no route ${req.method} ${req.path}`);
  });
  app.use(errorMiddleware);

  // build the search index early; failures (Neo4j not up yet) are retried on first search
  ctx.searchIndex.refresh().catch(() => undefined);
  return app;
}
