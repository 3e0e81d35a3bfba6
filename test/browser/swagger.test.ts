import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { ingestSeeds } from '../helpers/seeds.js';

const MATTIS = 'We are not in a position right now to collaborate on a military level';

let t: TestApp;
let browser: Browser;
let base: string;

beforeAll(async () => {
  t = await buildTestApp(ingestSeeds);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('Swagger UI', () => {
  it('runs GET /quotes with "Try it out" and shows the quotes', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${base}/docs`);

    const operation = page.locator('#operations-quotes-get_quotes');
    await operation.locator('.opblock-summary').first().click();
    await operation.getByRole('button', { name: 'Try it out' }).click();
    await operation.getByRole('button', { name: 'Execute' }).click();

    const body = operation.locator('.live-responses-table .response-col_description pre').first();
    await expect.poll(async () => (await body.textContent()) ?? '', { timeout: 10_000 }).toContain(MATTIS);
    await expect.poll(async () => operation.locator('.live-responses-table tbody .response-col_status').first().textContent()).toContain('200');
    expect(problems).toEqual([]);
  }, 30_000);
});
