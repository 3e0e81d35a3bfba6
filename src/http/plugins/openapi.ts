import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { createJsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export const DOCS_PREFIX = '/docs';

/**
 * The OpenAPI document is generated from the same zod schemas that validate
 * requests, so it cannot describe parameters the server does not accept.
 * Must be registered before the routes it documents.
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'quotewire',
        version: '0.1.0',
        description:
          'Who said what, what happened when, and which outlet reported it, read from plain-text news articles. ' +
          'Lists answer { items, nextCursor }; pass nextCursor back as cursor for the next page. ' +
          'Errors are application/problem+json.',
      },
      tags: [
        { name: 'quotes' },
        { name: 'people' },
        { name: 'events' },
        { name: 'articles' },
        { name: 'outlets' },
        { name: 'service' },
      ],
    },
    transform: createJsonSchemaTransform({ skipList: [] }),
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: DOCS_PREFIX, uiConfig: { deepLinking: true, tryItOutEnabled: false } });
  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
}
