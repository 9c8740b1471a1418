/**
 * Responses kept ready to send: the JSON bytes, a gzip copy for clients that accept it, and
 * an ETag. Compressing once per cache entry instead of once per request keeps neighbourhood
 * answers (tens of kB) cheap under load.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';

export interface CachedBody {
  json: Buffer;
  gzip: Buffer | null;
  etag: string;
}

/** Below this size gzip saves too little to be worth it. */
const GZIP_MIN_BYTES = 1024;

export function toCachedBody(value: unknown): CachedBody {
  const json = Buffer.from(JSON.stringify(value));
  const gzip = json.length >= GZIP_MIN_BYTES ? gzipSync(json, { level: 6 }) : null;
  const etag = `"${createHash('sha1').update(json).digest('base64url').slice(0, 20)}"`;
  return { json, gzip, etag };
}

export function sendCachedBody(req: Request, res: Response, body: CachedBody): void {
  res.setHeader('ETag', body.etag);
  res.setHeader('Vary', 'Accept-Encoding');
  res.type('application/json');
  if (req.headers['if-none-match'] === body.etag) {
    res.status(304).end();
    return;
  }
  if (body.gzip && req.acceptsEncodings('gzip') === 'gzip') {
    res.setHeader('Content-Encoding', 'gzip');
    res.send(body.gzip);
    return;
  }
  res.send(body.json);
}
