import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { createJsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export const DOCS_PREFIX = '/docs';

type OpenApiDocument = ReturnType<typeof jsonSchemaTransformObject>;

/**
 * Every named zod schema is emitted twice, as request input and as response
 * output; only the response forms are referenced, so the rest would only clutter
 * the document and the Swagger UI.
 */
function withoutUnusedSchemas(document: OpenApiDocument): OpenApiDocument {
  const { components = {}, paths } = document as { components?: { schemas?: Record<string, unknown> }; paths?: unknown };
  const schemas = components.schemas ?? {};
  const used = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/components/schemas/')) {
          const name = inner.slice('#/components/schemas/'.length);
          if (!used.has(name)) {
            used.add(name);
            visit(schemas[name]);
          }
        } else visit(inner);
      }
    }
  };
  visit(paths);
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return { ...document, components: { ...components, schemas: kept } } as OpenApiDocument;
}

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
    transformObject: (document) => withoutUnusedSchemas(jsonSchemaTransformObject(document)),
  });
  await app.register(swaggerUi, { routePrefix: DOCS_PREFIX, uiConfig: { deepLinking: true, tryItOutEnabled: false, defaultModelsExpandDepth: -1 } });
  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
}
