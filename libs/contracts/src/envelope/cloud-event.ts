/**
 * CloudEvents 1.0 envelope as it travels in Kafka binary mode: attributes in `ce_*` headers,
 * the JSON body is `data`. Correlation and causation are CloudEvents extension attributes
 * (lower-case alphanumeric names, as the spec requires).
 */
export interface CloudEvent<T = unknown> {
  id: string;
  type: string;
  source: string;
  specversion: '1.0';
  time: string;
  subject: string;
  datacontenttype: 'application/json';
  correlationid: string;
  causationid?: string;
  /** who acted (the token's `sub` and display name); absent for work no person started */
  actorid?: string;
  actorname?: string;
  /** the organization that owns the subject (`province:ha-giang`): consumers keep it in their projections */
  tenant?: string;
  data: T;
}

export type KafkaHeaders = Record<string, string>;

export const CE_HEADER_PREFIX = 'ce_';
export const CONTENT_TYPE = 'application/json';

/** Headers for Kafka binary mode; `data` goes into the message value. */
export function toKafkaHeaders(event: CloudEvent): KafkaHeaders {
  const headers: KafkaHeaders = {
    ce_id: event.id,
    ce_type: event.type,
    ce_source: event.source,
    ce_specversion: event.specversion,
    ce_time: event.time,
    ce_subject: event.subject,
    ce_correlationid: event.correlationid,
    'content-type': CONTENT_TYPE,
  };
  if (event.causationid) headers.ce_causationid = event.causationid;
  // header values are bytes: the name goes percent-encoded, so any consumer reads it back the same
  if (event.actorid) headers.ce_actorid = event.actorid;
  if (event.actorname) headers.ce_actorname = encodeURIComponent(event.actorname);
  if (event.tenant) headers.ce_tenant = event.tenant;
  return headers;
}

export class EnvelopeError extends Error {}

const optional = <K extends string>(key: K, value: string | undefined) =>
  (value ? { [key]: value } : {}) as Partial<Record<K, string>>;

function decodeName(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Reads an envelope back from Kafka headers and a JSON value; throws EnvelopeError if malformed. */
export function fromKafkaMessage(
  headers: Record<string, Buffer | string | (Buffer | string)[] | undefined>,
  value: Buffer | string | null,
): CloudEvent {
  const h = (name: string): string | undefined => {
    const raw = headers[name];
    const one = Array.isArray(raw) ? raw[0] : raw;
    return one === undefined ? undefined : one.toString();
  };
  const required = ['ce_id', 'ce_type', 'ce_source', 'ce_specversion', 'ce_time', 'ce_subject'];
  const missing = required.filter((name) => !h(name));
  if (missing.length) throw new EnvelopeError(`missing CloudEvents headers: ${missing.join(', ')}`);
  if (h('ce_specversion') !== '1.0') throw new EnvelopeError(`unsupported ce_specversion ${h('ce_specversion')}`);
  if (value === null || value === undefined) throw new EnvelopeError('empty message value');
  let data: unknown;
  try {
    data = JSON.parse(value.toString());
  } catch (e) {
    throw new EnvelopeError(`value is not JSON: ${(e as Error).message}`);
  }
  return {
    id: h('ce_id')!,
    type: h('ce_type')!,
    source: h('ce_source')!,
    specversion: '1.0',
    time: h('ce_time')!,
    subject: h('ce_subject')!,
    datacontenttype: CONTENT_TYPE,
    correlationid: h('ce_correlationid') ?? h('ce_id')!,
    causationid: h('ce_causationid'),
    ...optional('actorid', h('ce_actorid')),
    ...optional('actorname', decodeName(h('ce_actorname'))),
    ...optional('tenant', h('ce_tenant')),
    data,
  };
}
