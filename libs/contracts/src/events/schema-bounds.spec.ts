import { EVENTS } from './registry';
import type { JsonSchema } from './json-schema';

/** Every string and array node of a schema without a bound, as JSON pointers into the schema. */
function unbounded(schema: JsonSchema, at = ''): string[] {
  const found: string[] = [];
  const types = ([] as unknown[]).concat(schema.type ?? []);
  if (types.includes('string') && typeof schema.maxLength !== 'number')
    found.push(`${at || '/'} (string without maxLength)`);
  if (types.includes('array') && typeof schema.maxItems !== 'number')
    found.push(`${at || '/'} (array without maxItems)`);
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'enum' || key === 'required') continue;
    if (Array.isArray(value)) {
      value.forEach(
        (v, i) => v && typeof v === 'object' && found.push(...unbounded(v as JsonSchema, `${at}/${key}/${i}`)),
      );
    } else if (value && typeof value === 'object') {
      found.push(...unbounded(value as JsonSchema, `${at}/${key}`));
    }
  }
  return found;
}

describe('event schemas bound every string and array (a consumer never gets an unbounded payload)', () => {
  it.each(EVENTS.map((e) => [e.type, e] as const))('%s', (_type, def) => {
    expect(unbounded(def.schema)).toEqual([]);
  });

  it('finds an unbounded string or array (the check itself bites)', () => {
    expect(
      unbounded({
        type: 'object',
        properties: { a: { type: 'string' }, b: { type: 'array', items: { type: 'string', maxLength: 3 } } },
      }),
    ).toEqual(['/properties/a (string without maxLength)', '/properties/b (array without maxItems)']);
  });
});
