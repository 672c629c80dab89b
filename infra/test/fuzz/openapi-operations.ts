/** The few parts of an OpenAPI 3 document the fuzz needs: each operation's inputs and their schemas. */
export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  example?: unknown;
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  schema: Schema;
}

export interface Operation {
  method: string;
  /** OpenAPI template, `/covenants/{id}/signatures` */
  path: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  /** content type → schema (resolved) */
  body?: { contentType: string; schema: Schema };
}

export interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } }>
  >;
  components?: { schemas?: Record<string, Schema> };
}

/** Every operation of a document, with $refs resolved (depth-bounded: DTOs here do not recurse). */
export function operationsOf(doc: OpenApiDocument): Operation[] {
  const resolve = (s: Schema | undefined, depth = 0): Schema => {
    if (!s || depth > 8) return {};
    if (s.$ref) return resolve(doc.components?.schemas?.[s.$ref.split('/').pop()!], depth + 1);
    const out: Schema = { ...s };
    if (s.allOf?.length) Object.assign(out, ...s.allOf.map((x) => resolve(x, depth + 1)));
    if (s.items) out.items = resolve(s.items, depth + 1);
    if (s.properties)
      out.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, resolve(v, depth + 1)]));
    return out;
  };
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const params = (op.parameters ?? []).map((p) => ({ ...p, schema: resolve(p.schema) }));
      const content = op.requestBody?.content ?? {};
      // JSON first: a multipart or file endpoint declares only its own types
      const contentType = Object.keys(content).find((c) => c.includes('json')) ?? Object.keys(content)[0];
      ops.push({
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path'),
        queryParams: params.filter((p) => p.in === 'query'),
        body: contentType ? { contentType, schema: resolve(content[contentType]!.schema) } : undefined,
      });
    }
  }
  return ops;
}
