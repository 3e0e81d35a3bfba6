import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { defaultSecurityOptions, type SecurityOptions } from '../../src/http/plugins/security.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';

const quiet: SecurityOptions = { ...defaultSecurityOptions, rateLimit: false, pressure: false };

function expectProblem(response: { statusCode: number; headers: Record<string, unknown>; json: () => unknown }, status: number) {
  expect(response.statusCode).toBe(status);
  expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const body = response.json() as Record<string, unknown>;
  expect(body).toMatchObject({ type: expect.any(String), title: expect.any(String), status, detail: expect.any(String) });
  return body;
}

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(() => {}, { security: quiet });
  });
  afterAll(() => t.close());

  it('gives API answers the headers that matter for data: nothing may load from them, frame them or sniff them', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/quotes' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(String(response.headers['content-security-policy'])).toBe("default-src 'none';frame-ancestors 'none'");
    // Document-only headers stay off data answers.
    expect(response.headers['cross-origin-opener-policy']).toBeUndefined();
    expect(response.headers['x-dns-prefetch-control']).toBeUndefined();
  });

  it('gives the Swagger UI page a CSP that forbids inline script and framing', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  it('answers a URL longer than the limit with 414 problem+json', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/quotes?q=${'a'.repeat(quiet.maxUrlLength)}` });
    expectProblem(response, 414);
  });

  it('answers a declared body larger than the limit with 413 problem+json, even on GET', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/quotes',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ pad: 'x'.repeat(quiet.maxBodyBytes) }),
    });
    expectProblem(response, 413);
  });

  it('declares the guards’ answers in the OpenAPI document of every route', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json() as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const operations = Object.values(doc.paths).flatMap((item) => Object.values(item));
    expect(operations.length).toBeGreaterThan(0);
    for (const operation of operations) expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['413', '414', '429', '503']));
  });
});

describe('CORS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(() => {}, { security: quiet, corsOrigin: 'https://news.example, https://desk.example' });
  });
  afterAll(() => t.close());

  it('allows only the configured origins', async () => {
    const allowed = await t.app.inject({ method: 'GET', url: '/quotes', headers: { origin: 'https://desk.example' } });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://desk.example');
    const other = await t.app.inject({ method: 'GET', url: '/quotes', headers: { origin: 'https://evil.example' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(() => {}, { security: { ...quiet, rateLimit: { max: 3, windowMs: 60_000 } } });
  });
  afterAll(() => t.close());

  it('answers past the limit with 429 problem+json and Retry-After', async () => {
    for (let i = 0; i < 3; i++) expect((await t.app.inject({ method: 'GET', url: '/quotes' })).statusCode).toBe(200);
    const limited = await t.app.inject({ method: 'GET', url: '/quotes' });
    const body = expectProblem(limited, 429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(body.detail).toMatch(/rate limit/);
  });

  it('counts each client address on its own', async () => {
    const other = await t.app.inject({ method: 'GET', url: '/quotes', remoteAddress: '10.0.0.9' });
    expect(other.statusCode).toBe(200);
  });
});

describe('load shedding', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(() => {}, {
      security: { ...quiet, pressure: { maxEventLoopDelayMs: 30, maxHeapUsedBytes: Number.MAX_SAFE_INTEGER, sampleIntervalMs: 50, retryAfterSeconds: 7 } },
    });
  });
  afterAll(() => t.close());

  it('answers 503 problem+json with Retry-After while the event loop is blocked, then recovers', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/quotes' })).statusCode).toBe(200);
    // Block the loop in slices, as a run of slow synchronous work would.
    for (let i = 0; i < 6; i++) {
      const until = Date.now() + 120;
      while (Date.now() < until);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const shed = await t.app.inject({ method: 'GET', url: '/quotes' });
    const body = expectProblem(shed, 503);
    expect(shed.headers['retry-after']).toBe('7');
    expect(body.detail).toMatch(/overloaded/);

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await t.app.inject({ method: 'GET', url: '/quotes' })).statusCode).toBe(200);
  });
});

describe('Swagger UI under the CSP', () => {
  const browserPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) => existsSync(path));
  let t: TestApp;
  let origin: string;
  beforeAll(async () => {
    t = await buildTestApp(() => {}, { security: quiet });
    origin = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => t.close());

  it('renders /docs with no CSP violation', { timeout: 30_000 }, async () => {
    expect(browserPath, 'a Chromium binary is needed to check the CSP in a browser').toBeDefined();
    const browser = await chromium.launch({ executablePath: browserPath });
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(`${origin}/docs`);
      // The operation list only appears once the UI's script ran and fetched the document.
      await page.locator('.opblock-summary-path').first().waitFor({ timeout: 15_000 });
      expect(await page.locator('.opblock-summary-path').count()).toBeGreaterThan(0);
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
