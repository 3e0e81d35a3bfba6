import compress from '@fastify/compress';
import cors from '@fastify/cors';
import etag from '@fastify/etag';
import type { FastifyInstance } from 'fastify';
import { hash } from 'node:crypto';
import { COMPRESSION_THRESHOLD } from './response-cache.js';

export interface WebOptions {
  /** '*' or a comma-separated list of allowed origins. */
  corsOrigin: string;
}

/** CORS for browser frontends. Registered before the response cache, whose hits must carry it too. */
export async function registerCors(app: FastifyInstance, options: WebOptions): Promise<void> {
  const origins = options.corsOrigin.split(',').map((o) => o.trim()).filter(Boolean);
  await app.register(cors, {
    origin: origins.length === 0 || origins.includes('*') ? '*' : origins,
    methods: ['GET', 'HEAD', 'OPTIONS'],
    // Paging clients read the next link; caching clients read the validator.
    exposedHeaders: ['Link', 'ETag'],
  });
}

/**
 * Conditional requests and compression. Registered after the response cache: its
 * onSend hook then runs first, turns the body into bytes once and gives it its ETag,
 * which the ETag plugin keeps (it hashes only what the cache did not take, such as
 * errors) before answering If-None-Match.
 */
export async function registerEncoding(app: FastifyInstance): Promise<void> {
  // One-shot hashing skips the Hash object a streaming createHash would build per response.
  await app.register(etag, { hashFn: (payload) => hash('sha1', payload, 'base64url') });
  await app.register(compress, { global: true, threshold: COMPRESSION_THRESHOLD });
}
