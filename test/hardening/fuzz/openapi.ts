// Reads the served OpenAPI document: which GET operations exist, which parameters
// and statuses each declares, and a compiled validator per documented response body.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import * as ajvFormats from 'ajv-formats';

// ajv-formats is CommonJS: under NodeNext its function is the namespace's default.
const addFormats = (ajvFormats as unknown as { default: (ajv: Ajv2020) => Ajv2020 }).default;

type JsonSchema = Record<string, unknown>;

export interface Parameter {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  /** Path template as documented, e.g. /quotes/{id}. */
  path: string;
  parameters: Parameter[];
  /** Declared statuses ("200", "400", ... or "default"). */
  statuses: string[];
  /** Media types documented for a status. */
  mediaTypes: (status: number) => string[];
  /** Validator for the body of a status and media type, when the document gives a schema. */
  validator: (status: number, mediaType: string) => ValidateFunction | undefined;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: JsonSchema;
}

interface OperationObject {
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: JsonSchema }>;
  responses: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
}

export function readOperations(doc: OpenApiDocument): Operation[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  const compiled = new Map<string, ValidateFunction>();

  return Object.entries(doc.paths).flatMap(([path, item]) => {
    const operation = item.get;
    if (!operation) return [];
    const parameters = (operation.parameters ?? [])
      .filter((p) => p.in === 'query' || p.in === 'path')
      .map((p) => ({ name: p.name, in: p.in as 'query' | 'path', required: p.required ?? false, schema: p.schema ?? {} }));
    const responseFor = (status: number) => operation.responses[String(status)] ?? operation.responses.default;
    const mediaTypes = (status: number) => Object.keys(responseFor(status)?.content ?? {});
    const validator = (status: number, mediaType: string): ValidateFunction | undefined => {
      const schema = responseFor(status)?.content?.[mediaType]?.schema;
      if (!schema) return undefined;
      const key = `${path} ${status} ${mediaType}`;
      let validate = compiled.get(key);
      if (!validate) {
        // Component references point at the document root: give each schema the components beside it.
        validate = ajv.compile({ ...schema, components: doc.components });
        compiled.set(key, validate);
      }
      return validate;
    };
    return [{ path, parameters, statuses: Object.keys(operation.responses), mediaTypes, validator }];
  });
}

/** A list operation pages with limit and cursor and answers { items, nextCursor }. */
export function isList(operation: Operation): boolean {
  const names = operation.parameters.map((p) => p.name);
  return names.includes('limit') && names.includes('cursor');
}

export function maxLimit(operation: Operation): number {
  const limit = operation.parameters.find((p) => p.name === 'limit');
  const maximum = limit?.schema.maximum;
  return typeof maximum === 'number' ? maximum : 100;
}
