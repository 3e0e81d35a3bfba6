import { Validator } from '@seriousme/openapi-schema-validator';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatOpenApi, OPENAPI_FILE } from '../../src/http/openapi-document.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { fillFixture } from '../helpers/fixture.js';

let t: TestApp;
let served: Record<string, any>;

beforeAll(async () => {
  t = await buildTestApp(fillFixture);
  served = (await request(t.app.server).get('/openapi.json').expect(200)).body;
});
afterAll(() => t.close());

describe('OpenAPI document', () => {
  it('is a valid OpenAPI 3 document', async () => {
    const result = await new Validator().validate(structuredClone(served));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('matches the checked-in file (run `npm run openapi` after changing the API)', () => {
    const file = readFileSync(fileURLToPath(new URL(`../../${OPENAPI_FILE}`, import.meta.url)), 'utf8');
    expect(formatOpenApi(served)).toBe(file);
  });

  it('documents a 200 and problem+json errors for every route', () => {
    const operations = Object.entries(served.paths as Record<string, Record<string, any>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(15);
    for (const { path, operation } of operations) {
      expect(operation.responses['200'], path).toBeDefined();
      const errors = path === '/health' ? ['503'] : path.includes('{') ? ['400', '404'] : ['400'];
      for (const status of errors) {
        expect(operation.responses[status]?.content?.['application/problem+json'], `${path} ${status}`).toBeDefined();
      }
    }
  });

  it('documents the quote list filters and formats', () => {
    const quotes = served.paths['/quotes'].get;
    const names = quotes.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['speaker', 'article', 'outlet', 'kind', 'from', 'to', 'q', 'limit', 'cursor', 'format']));
    expect(Object.keys(quotes.responses['200'].content)).toEqual(['application/json', 'text/csv', 'application/x-ndjson']);
  });

  it('serves Swagger UI at /docs', async () => {
    const res = await request(t.app.server).get('/docs/').redirects(1);
    expect(res.status).toBe(200);
    expect(res.text).toContain('swagger-ui');
  });
});
