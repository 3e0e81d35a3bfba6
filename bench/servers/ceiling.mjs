// The ceiling: bare Fastify answering each benchmarked URL with its bytes as a constant.
// No database, no serialisation: what the web server alone can do on this machine.
// Usage: node bench/servers/ceiling.mjs <port> <responses.json>
import Fastify from 'fastify';
import { readFileSync } from 'node:fs';

const [port, responsesFile] = process.argv.slice(2);
/** @type {Record<string, { contentType: string, body: string }>} body is base64 */
const recorded = JSON.parse(readFileSync(responsesFile, 'utf8'));
const byUrl = new Map(Object.entries(recorded).map(([url, r]) => [url, { type: r.contentType, body: Buffer.from(r.body, 'base64') }]));

const app = Fastify({ logger: false });
app.get('/health', async () => ({ status: 'ok' }));
app.get('/*', (request, reply) => {
  const hit = byUrl.get(request.url);
  if (!hit) return reply.code(404).send({ error: 'not recorded' });
  return reply.type(hit.type).send(hit.body);
});

await app.listen({ port: Number(port), host: '127.0.0.1' });
for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => app.close().then(() => process.exit(0)));
