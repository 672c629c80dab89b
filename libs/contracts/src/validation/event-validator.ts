import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { EVENTS } from '../events/registry';

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validators = new Map<string, ValidateFunction>(EVENTS.map((e) => [e.type, ajv.compile(e.schema)]));

export type ValidationResult = { ok: true } | { ok: false; error: string };

/** Checks an event's data against its registered schema; an unknown type is invalid. */
export function validateEventData(type: string, data: unknown): ValidationResult {
  const validate = validators.get(type);
  if (!validate) return { ok: false, error: `unknown event type ${type}` };
  if (validate(data)) return { ok: true };
  const error = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`).join('; ');
  return { ok: false, error };
}
