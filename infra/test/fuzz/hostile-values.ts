import fc from 'fast-check';

/** Strings that break naive code: SQL, markup, formulas, odd Unicode, path tricks, numbers in disguise. */
export const TRICKY_STRINGS = [
  "' OR '1'='1",
  "'; DROP TABLE guests; --",
  '1; SELECT pg_sleep(10) --',
  "') UNION SELECT * FROM pg_user --",
  '$1',
  '%',
  '_',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://169.254.169.254")',
  '{{7*7}}',
  '${jndi:ldap://x}',
  '../../../../etc/passwd',
  '\ud800',
  '\udfff\ud800',
  '\u202eevil',
  '\ufeff',
  '🇻🇳👨‍👩‍👧',
  'Ǆǅǆ',
  'Nguyễn Thái Hưng',
  '1e21',
  '-1',
  '0',
  '-0',
  'NaN',
  'Infinity',
  '-Infinity',
  '1.5',
  '0x1F',
  '9'.repeat(400),
  '2024-02-31',
  '99999-12-31T25:61:00Z',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '',
  ' ',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffffff',
];

/** One control character the platform must refuse (C0 but tab/LF/CR, DEL, C1). */
export const controlChar = fc.constantFrom(
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000b',
  '\u001b',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u009f',
);

export const withControlChar = fc
  .tuple(fc.string({ maxLength: 8 }), controlChar, fc.string({ maxLength: 8 }))
  .map(([a, c, b]) => `${a}${c}${b}`);

export const trickyString = fc.constantFrom(...TRICKY_STRINGS);

/** A string that may be harmless or hostile (not necessarily invalid on its own). */
export const hostileString = fc.oneof(
  trickyString,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer({ min: 257, max: 20_000 }).map((n) => 'Đ'.repeat(n)),
  fc.constant('x'.repeat(200_000)),
);

export const hostileNumber = fc.oneof(
  fc.constantFrom(1e308, -1e308, 1e21, -1, 0, -0, 1.5, 2 ** 31, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** Any JSON value, including deep and wide ones. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 4 }),
  fc.integer({ min: 20, max: 60 }).map((depth) => nest(depth)),
  fc.constant(Array.from({ length: 5_000 }, (_, i) => i)),
);

function nest(depth: number): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

/** A value of the wrong JSON type for a schema type (never null: optional fields accept null). */
export function wrongTypeFor(type: string | undefined): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return fc.oneof(hostileNumber, fc.boolean(), fc.constant({ $gt: '' }), fc.constant(['a']));
    case 'integer':
    case 'number':
      return fc.oneof(
        trickyString.filter((s) => !/^-?\d/.test(s)),
        fc.constant({}),
        fc.constant([1]),
        fc.boolean(),
      );
    case 'boolean':
      return fc.oneof(fc.constantFrom('yes', 'on', '1', 'TRUE '), fc.integer({ min: 2 }), fc.constant({}));
    case 'array':
      return fc.oneof(fc.string({ minLength: 1 }), fc.integer(), fc.constant({ 0: 'a', length: 1 }));
    case 'object':
      return fc.oneof(fc.string({ minLength: 1 }), fc.integer(), fc.boolean());
    default:
      return fc.constant(Symbol.for('skip'));
  }
}
