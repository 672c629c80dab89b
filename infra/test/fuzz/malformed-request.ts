import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  controlChar,
  hostileJson,
  hostileNumber,
  hostileString,
  trickyString,
  withControlChar,
  wrongTypeFor,
} from './hostile-values';
import type { Operation, Parameter, Schema } from './openapi-operations';

export interface FuzzRequest {
  method: string;
  /** path and query, already encoded */
  url: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** what makes it malformed, for the report */
  defect: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuidParam = (name: string) => name === 'id' || /Id$/.test(name);

/** A plausible value for a schema: its example, an enum member, or something of its type. */
function plausible(s: Schema, name = ''): fc.Arbitrary<unknown> {
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  if (s.example !== undefined) return fc.constant(s.example);
  switch (s.type) {
    case 'string':
      return isUuidParam(name) ? fc.uuid({ version: 4 }) : fc.string({ minLength: 1, maxLength: 20 });
    case 'integer':
      return fc.integer({ min: 1, max: 100 });
    case 'number':
      return fc.double({ min: 0, max: 100, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(plausible(s.items ?? {}), { maxLength: 3 });
    case 'object':
      return s.properties ? objectOf(s, () => false) : fc.constant({});
    default:
      return fc.constant('x');
  }
}

/** Plausible values, some of them replaced by hostile ones (never alone enough to be invalid). */
function objectOf(s: Schema, hostile: () => boolean): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(s.properties ?? {});
  return fc
    .tuple(
      ...entries.map(([k, v]) =>
        fc.tuple(
          fc.constant(k),
          fc.oneof(
            { weight: 6, arbitrary: plausible(v, k) },
            {
              weight: hostile() ? 2 : 0,
              arbitrary:
                v.type === 'string'
                  ? hostileString
                  : v.type === 'integer' || v.type === 'number'
                    ? hostileNumber
                    : hostileJson,
            },
          ),
          fc.boolean(),
        ),
      ),
    )
    .map((kvs) =>
      Object.fromEntries(kvs.filter(([k, , keep]) => keep || s.required?.includes(k)).map(([k, v]) => [k, v])),
    );
}

/** A JSON body with exactly one defect that must make it invalid, and hostile values around it. */
function malformedJsonBody(s: Schema): fc.Arbitrary<{ body: Buffer; defect: string }> {
  const base = objectOf(s, () => true);
  const props = Object.entries(s.properties ?? {});
  const json = (v: unknown) => Buffer.from(JSON.stringify(v));
  const defects: Array<fc.Arbitrary<{ body: Buffer; defect: string }>> = [
    fc
      .tuple(
        base,
        fc.constantFrom('__proto__', 'constructor', 'isAdmin', 'id', 'createdAt', 'status2', '$where'),
        hostileJson,
      )
      .filter(([, k]) => !(s.properties ?? {})[k])
      .map(([b, k, v]) => ({
        body: Buffer.from(
          JSON.stringify(b)
            .replace(/^\{/, `{${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'},`)
            .replace(/,\}$/, '}'),
        ),
        defect: `extra field ${k}`,
      })),
    fc
      .constantFrom<unknown>([], [{}], 'text', 42, true)
      .map((v) => ({ body: json(v), defect: `body is ${JSON.stringify(v)}` })),
    fc
      .constantFrom(
        '{',
        '{"a":}',
        "{'a':1}",
        '{"a":NaN}',
        '{"a":1} trailing',
        '\u0000{}',
        '[1,2',
        '{"a":"\\ud83d"',
        '{"a":1,}',
      )
      .map((t) => ({ body: Buffer.from(t), defect: `malformed JSON ${JSON.stringify(t)}` })),
    base.map((b) => {
      const text = JSON.stringify({ ...b, note: 'LB' });
      const i = text.indexOf('LB');
      return {
        body: Buffer.concat([
          Buffer.from(text.slice(0, i)),
          Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]),
          Buffer.from(text.slice(i + 2)),
        ]),
        defect: 'invalid UTF-8 bytes',
      };
    }),
    fc.integer({ min: 2_000, max: 20_000 }).map((depth) => ({
      body: Buffer.from(`${'['.repeat(depth)}${']'.repeat(depth)}`),
      defect: `nesting ${depth} deep`,
    })),
    fc.constant({ body: Buffer.from(`{"a":"${'x'.repeat(1_100_000)}"}`), defect: 'body over the 1 MB limit' }),
  ];
  if ((s.required ?? []).length) defects.push(fc.constant({ body: json({}), defect: 'required fields missing' }));
  const typed = props.filter(([, v]) =>
    ['string', 'integer', 'number', 'boolean', 'array', 'object'].includes(v.type ?? ''),
  );
  if (typed.length) {
    defects.push(
      fc.tuple(base, fc.constantFrom(...typed)).chain(([b, [k, v]]) =>
        wrongTypeFor(v.type).map((w) => ({
          body: json({ ...b, [k]: w }),
          defect: `${k} of the wrong type (${JSON.stringify(w)?.slice(0, 40)})`,
        })),
      ),
    );
  }
  const strings = props.filter(([, v]) => v.type === 'string' || v.items?.type === 'string');
  if (strings.length) {
    defects.push(
      fc.tuple(base, fc.constantFrom(...strings), withControlChar).map(([b, [k, v], str]) => ({
        body: json({ ...b, [k]: v.type === 'array' ? [str] : str }),
        defect: `control character in ${k}`,
      })),
    );
    // every text field is bounded: a string of 100,000 characters is nobody's name, title or reason
    defects.push(
      fc.tuple(base, fc.constantFrom(...strings)).map(([b, [k, v]]) => ({
        body: json({ ...b, [k]: v.type === 'array' ? ['Đ'.repeat(100_000)] : 'Đ'.repeat(100_000) }),
        defect: `100,000 characters in ${k}`,
      })),
    );
    defects.push(
      fc.tuple(base, fc.constantFrom(...strings), controlChar).map(([b, [k], c]) => ({
        body: Buffer.from(
          JSON.stringify(b)
            .replace(/^\{/, `{${JSON.stringify(`${k}${c}`)}:"x",`)
            .replace(/,\}$/, '}'),
        ),
        defect: `control character in a key`,
      })),
    );
  }
  return fc.oneof(...defects);
}

/** A path segment that no route should take: control characters, broken %-escapes, tricks, non-UUIDs for ids. */
function malformedSegment(p: Parameter): fc.Arbitrary<{ segment: string; defect: string }> {
  const options: Array<fc.Arbitrary<{ segment: string; defect: string }>> = [
    withControlChar.map((s) => ({ segment: encode(s), defect: `control character in ${p.name}` })),
    fc
      .constantFrom('%', '%E0%A4%A', '%zz', '%C0%AF', '%FF')
      .map((s) => ({ segment: s, defect: `bad %-escape in ${p.name}` })),
  ];
  if (isUuidParam(p.name)) {
    options.push(
      fc
        .oneof(
          trickyString,
          hostileString.filter((s) => s.length < 5_000),
          hostileNumber.map(String),
        )
        .filter((s) => s.length > 0 && !UUID.test(s))
        .map((s) => ({ segment: encode(s), defect: `${p.name} is not a UUID (${s.slice(0, 30)})` })),
    );
  }
  return fc.oneof(...options);
}

/** An id of a resource that exists (most of the time) or of none. */
function plausibleSegment(p: Parameter, known: string[]): fc.Arbitrary<string> {
  const ids = known.filter((k) => UUID.test(k));
  const codes = known.filter((k) => !UUID.test(k));
  if (isUuidParam(p.name))
    return ids.length
      ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.constant(randomUUID()) })
      : fc.constant(randomUUID());
  const other = fc.oneof(trickyString, fc.string({ minLength: 1, maxLength: 30 })).map(encode);
  return codes.length ? fc.oneof(fc.constantFrom(...codes).map(encode), other) : other;
}

/** A query value that the parameter's type must refuse. */
function malformedQueryValue(p: Parameter): fc.Arbitrary<{ value: string; defect: string }> {
  const options: Array<fc.Arbitrary<{ value: string; defect: string }>> = [
    withControlChar.map((v) => ({ value: v, defect: `control character in ?${p.name}` })),
  ];
  const s = p.schema;
  if (s.type === 'integer' || s.type === 'number' || p.name === 'page' || p.name === 'pageSize') {
    options.push(
      fc
        .constantFrom(
          'NaN',
          'Infinity',
          '-1',
          '0',
          '1e21',
          '-1e21',
          '1.5',
          '9'.repeat(400),
          'abc',
          "1' OR '1'='1",
          '10001',
          '0x10',
          '1,2',
        )
        .map((v) => ({ value: v, defect: `?${p.name}=${v}` })),
    );
  }
  if (s.enum?.length)
    options.push(
      fc
        .oneof(trickyString, fc.string({ minLength: 1 }))
        .filter((v) => !s.enum!.includes(v))
        .map((v) => ({ value: v, defect: `?${p.name} outside its enum` })),
    );
  if (isUuidParam(p.name))
    options.push(
      trickyString.filter((v) => !UUID.test(v)).map((v) => ({ value: v, defect: `?${p.name} is not a UUID` })),
    );
  return fc.oneof(...options);
}

function plausibleQuery(params: Parameter[]): fc.Arbitrary<Array<[string, string]>> {
  return fc
    .tuple(
      ...params.map((p) =>
        fc
          .option(
            fc.oneof(
              plausible(p.schema, p.name).map(String),
              hostileString.filter((v) => v.length < 2_000),
            ),
            { freq: 2 },
          )
          .map((v) => [p.name, v] as [string, string | null]),
      ),
    )
    .map((kvs) => kvs.filter((kv): kv is [string, string] => kv[1] !== null));
}

/** encodeURIComponent that sends a lone surrogate as the (invalid UTF-8) bytes it would be, rather than throwing. */
export function encode(s: string): string {
  const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
  return encodeURIComponent(s.replace(/\ue000/g, '_').replace(lone, '\ue000')).replace(/%EE%80%80/g, '%ED%A0%80');
}

const encodeQuery = (kvs: Array<[string, string]>) =>
  kvs.length ? `?${kvs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&')}` : '';

/** One request to an operation with at least one defect that must get it refused. */
export function malformedRequest(
  op: Operation,
  baseHeaders: Record<string, string>,
  known: string[] = [],
): fc.Arbitrary<FuzzRequest> {
  const targets: string[] = [];
  if (op.body) targets.push('body');
  if (op.pathParams.length) targets.push('path');
  if (op.queryParams.length) targets.push('query');
  const idempotencyKey = fc.option(
    fc.oneof(fc.uuid(), fc.constantFrom('k'.repeat(8_000), "'; DROP TABLE idempotency_keys; --", ' ')),
    { freq: 4 },
  );
  return fc.tuple(fc.constantFrom(...targets), idempotencyKey).chain(([target, key]) => {
    const path = fc
      .tuple(
        ...op.pathParams.map((p) =>
          target === 'path'
            ? malformedSegment(p).map((m) => ({ ...m, p }))
            : plausibleSegment(p, known).map((segment) => ({ segment, defect: '', p })),
        ),
      )
      // one defective segment is enough; the others plausible
      .chain((segments) =>
        target !== 'path'
          ? fc.constant(segments)
          : fc
              .nat({ max: segments.length - 1 })
              .chain((keep) =>
                fc.tuple(
                  ...op.pathParams.map((p, i) =>
                    i === keep
                      ? fc.constant(segments[i]!)
                      : plausibleSegment(p, known).map((segment) => ({ segment, defect: '', p })),
                  ),
                ),
              ),
      );
    const query =
      target === 'query'
        ? fc
            .tuple(
              plausibleQuery(op.queryParams),
              fc.constantFrom(...op.queryParams).chain((p) => malformedQueryValue(p).map((m) => ({ ...m, p }))),
            )
            .map(([kvs, bad]) => ({
              kvs: [...kvs.filter(([k]) => k !== bad.p.name), [bad.p.name, bad.value] as [string, string]],
              defect: bad.defect,
            }))
        : plausibleQuery(op.queryParams).map((kvs) => ({ kvs, defect: '' }));
    const body: fc.Arbitrary<{ body?: Buffer; defect: string; contentType?: string }> = !op.body
      ? fc.constant({ defect: '' })
      : target === 'body'
        ? op.body.contentType.includes('json')
          ? malformedJsonBody(op.body.schema)
          : malformedUpload(op.body.contentType)
        : op.body.contentType.includes('json')
          ? objectOf(op.body.schema, () => true).map((b) => ({ body: Buffer.from(JSON.stringify(b)), defect: '' }))
          : malformedUpload(op.body.contentType);
    return fc.tuple(path, query, body).map(([segs, q, b]) => {
      let url = op.path;
      for (const s of segs) url = url.replace(`{${s.p.name}}`, s.segment);
      const headers: Record<string, string> = { ...baseHeaders, accept: 'application/json' };
      if (b.body)
        headers['content-type'] = op.body!.contentType.includes('json')
          ? 'application/json'
          : (b.contentType ?? op.body!.contentType);
      if (key !== null) headers['idempotency-key'] = key;
      const defect = [
        segs
          .map((s) => s.defect)
          .filter(Boolean)
          .join(', '),
        q.defect,
        b.defect,
      ]
        .filter(Boolean)
        .join('; ');
      return { method: op.method, url: url + encodeQuery(q.kvs), headers, body: b.body, defect };
    });
  });
}

/** What a spreadsheet or multipart endpoint must refuse: a broken form, a file that is not one. */
function malformedUpload(contentType: string): fc.Arbitrary<{ body: Buffer; defect: string; contentType?: string }> {
  const form = (parts: string) => Buffer.from(parts.replace(/\n/g, '\r\n'));
  return fc.oneof(
    fc
      .uint8Array({ minLength: 0, maxLength: 2_000 })
      .map((bytes) => ({ body: Buffer.from(bytes), defect: `random bytes as ${contentType}` })),
    fc.constant({
      body: form('--fuzzfuzz\nContent-Disposition: form-data; name="number"\n\n1/QĐ\n--fuzzfuzz--\n'),
      defect: 'form without the file',
      contentType: 'multipart/form-data; boundary=fuzzfuzz',
    }),
    fc.constant({
      body: form(
        '--fuzzfuzz\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\n\nPK\u0003\u0004garbage\n--fuzz',
      ),
      defect: 'truncated form with a broken xlsx',
      contentType: 'multipart/form-data; boundary=fuzzfuzz',
    }),
    fc.constant({
      body: Buffer.from('not a form'),
      defect: 'multipart without a boundary',
      contentType: 'multipart/form-data',
    }),
    fc.constant({
      body: Buffer.from('=cmd|" /C calc"!A0,\u0000,"unterminated\n1,2,3'),
      defect: 'hostile CSV',
      contentType: 'text/csv',
    }),
  );
}
