// npm run openapi: writes the OpenAPI document the server serves to openapi/openapi.json,
// so API changes show up in review as a diff of that file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { OPENAPI_FILE, renderOpenApi } from '../http/openapi-document.js';

const target = resolve(OPENAPI_FILE);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, await renderOpenApi());
console.log(`wrote ${OPENAPI_FILE}`);
