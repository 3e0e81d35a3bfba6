import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { fillFixture } from '../helpers/fixture.js';

describe('GET /health', () => {
  let ready = false;
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(fillFixture, { isReady: () => ready });
  });
  afterAll(() => t.close());

  it('answers 503 problem+json until the seeds are ingested, then 200 with counts', async () => {
    const before = await request(t.app.server).get('/health').expect(503).expect('content-type', /problem\+json/);
    expect(before.body.status).toBe(503);
    ready = true;
    const after = await request(t.app.server).get('/health').expect(200);
    expect(after.body).toMatchObject({ status: 'ok', counts: { articles: 3, outlets: 2, people: 3, quotes: 5, events: 4 } });
  });
});
