import compress from '@fastify/compress';
import cors from '@fastify/cors';
import etag from '@fastify/etag';
import type { FastifyInstance } from 'fastify';
import { hash } from 'node:crypto';

export interface WebOptions {
  /** '*' or a comma-separated list of allowed origins. */
  corsOrigin: string;
}

/** What browser frontends need: CORS, conditional requests and compression. */
export async function registerWeb(app: FastifyInstance, options: WebOptions): Promise<void> {
  const origins = options.corsOrigin.split(',').map((o) => o.trim()).filter(Boolean);
  await app.register(cors, {
    origin: origins.length === 0 || origins.includes('*') ? '*' : origins,
    methods: ['GET', 'HEAD', 'OPTIONS'],
    // Paging clients read the next link; caching clients read the validator.
    exposedHeaders: ['Link', 'ETag'],
  });
  // One-shot hashing skips the Hash object a streaming createHash would build per response.
  await app.register(etag, { hashFn: (payload) => hash('sha1', payload, 'base64url') });
  await app.register(compress, { global: true, threshold: 1024 });
}
