import type { FieldError } from '../problem/problem.types';
import { MAX_JSON_DEPTH } from './json-body';

/**
 * Characters no text field takes: U+0000 (PostgreSQL text cannot hold it), the other C0 controls
 * except tab, line feed and carriage return (multi-line texts — reasons, notes — have those), DEL
 * and the C1 controls. They only arrive by accident or to break a log, a CSV or a terminal.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/** Query and path values are single-line by nature: tab, LF and CR are refused there too. */
const FORBIDDEN_IN_LINE = /[\u0000-\u001F\u007F-\u009F]/u;

// the JSON parser already refuses deeper bodies; this bounds query objects and anything else
const MAX_DEPTH = MAX_JSON_DEPTH;

/** One error per string (or key) holding a control character, with its path: `guests[0].name`. */
export function controlCharacterErrors(value: unknown, root: string, singleLine = false): FieldError[] {
  const out: FieldError[] = [];
  walk(value, root, 0, out, singleLine ? FORBIDDEN_IN_LINE : FORBIDDEN);
  return out;
}

function walk(value: unknown, path: string, depth: number, out: FieldError[], forbidden: RegExp): void {
  if (out.length >= 20) return; // enough to show what to fix
  if (typeof value === 'string') {
    const m = forbidden.exec(value);
    if (m) out.push(controlError(path, m[0], m.index));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (depth >= MAX_DEPTH) {
    out.push({
      field: path || '(body)',
      code: 'maxDepth',
      vi: `Dữ liệu lồng nhau quá ${MAX_DEPTH} cấp`,
      en: `the data is nested deeper than ${MAX_DEPTH} levels`,
    });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, `${path}[${i}]`, depth + 1, out, forbidden));
    return;
  }
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const child = path ? `${path}.${key}` : key;
    const m = forbidden.exec(key);
    if (m) {
      out.push(controlError(child.replace(forbidden, '?'), m[0], m.index));
      continue;
    }
    walk(v, child, depth + 1, out, forbidden);
  }
}

function controlError(path: string, ch: string, index: number): FieldError {
  const field = path || '(body)';
  const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return {
    field,
    code: 'controlCharacter',
    vi: `Trường ${field} chứa ký tự điều khiển ${code} (vị trí ${index}); hãy xóa ký tự này`,
    en: `${field} contains the control character ${code} at position ${index}; remove it`,
  };
}
