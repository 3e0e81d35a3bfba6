import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyPluginCallback, type FastifyReply, type FastifyRequest } from 'fastify';
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
  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
  registerSwaggerUi(app);
}

const SWAGGER_UI_OPTIONS = { routePrefix: DOCS_PREFIX, uiConfig: { deepLinking: true, tryItOutEnabled: false, defaultModelsExpandDepth: -1 } };

/** Headers of the docs app's answers that describe the body; the rest is the API's own to set. */
const FORWARDED_HEADERS = ['content-type', 'location', 'etag', 'last-modified', 'cache-control', 'content-disposition'];

/**
 * Swagger UI is served by an app of its own, built when /docs is first asked for:
 * loading it and its static-file server at start-up cost more than everything
 * else the API registers, for a page most deployments never open. Its answers go
 * out through the API's reply, so they carry the same security headers, CORS and
 * compression as everything else.
 */
function registerSwaggerUi(app: FastifyInstance): void {
  let docsApp: Promise<FastifyInstance> | undefined;
  const buildDocsApp = async (): Promise<FastifyInstance> => {
    const { default: swaggerUi } = await import('@fastify/swagger-ui');
    const docs = Fastify({ logger: false });
    // Swagger UI asks for the document by the name the swagger plugin gives it.
    const documentSource: FastifyPluginCallback = (instance, _options, done) => {
      instance.decorate('swagger', ((options?: { yaml?: boolean }) => app.swagger(options as never)) as FastifyInstance['swagger']);
      done();
    };
    Object.assign(documentSource, {
      [Symbol.for('skip-override')]: true,
      [Symbol.for('plugin-meta')]: { name: '@fastify/swagger' },
    });
    await docs.register(documentSource);
    await docs.register(swaggerUi, SWAGGER_UI_OPTIONS);
    await docs.ready();
    return docs;
  };

  const forward = async (request: FastifyRequest, reply: FastifyReply) => {
    docsApp ??= buildDocsApp().catch((error: unknown) => {
      docsApp = undefined;
      throw error;
    });
    const docs = await docsApp;
    const { ['if-none-match']: ifNoneMatch, ['if-modified-since']: ifModifiedSince } = request.headers;
    const answer = await docs.inject({
      method: 'GET',
      url: request.url,
      headers: { ...(ifNoneMatch && { 'if-none-match': ifNoneMatch }), ...(ifModifiedSince && { 'if-modified-since': ifModifiedSince }) },
    });
    reply.code(answer.statusCode);
    for (const name of FORWARDED_HEADERS) {
      const value = answer.headers[name];
      if (value !== undefined) reply.header(name, value);
    }
    return answer.rawPayload.length === 0 ? reply.send() : reply.send(answer.rawPayload);
  };
  app.get(DOCS_PREFIX, { schema: { hide: true } }, forward);
  app.get(`${DOCS_PREFIX}/*`, { schema: { hide: true } }, forward);
}
