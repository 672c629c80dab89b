/** JSON Schema 2020-12 documents are plain objects; ajv checks them at start-up. */
export type JsonSchema = Record<string, unknown>;

/**
 * Every string and array is bounded (a consumer must never be handed an unbounded payload):
 * the defaults sit at or above the largest limit the services' request DTOs allow for a field
 * that flows into an event (names 300, reasons 2000; lists of parties and members 300), so an
 * event built from valid input always validates. Tighten per field with `extra`.
 */
export const LIMITS = { text: 2000, items: 500, titles: 20 } as const;

export const str = (extra: Record<string, unknown> = {}): JsonSchema => ({
  type: 'string',
  minLength: 1,
  maxLength: LIMITS.text,
  ...extra,
});
export const uuid: JsonSchema = { type: 'string', format: 'uuid', maxLength: 36 };
/** RFC 3339 with fractions and an offset fits in 40 */
export const dateTime: JsonSchema = { type: 'string', format: 'date-time', maxLength: 40 };
export const int = (extra: Record<string, unknown> = {}): JsonSchema => ({ type: 'integer', ...extra });
export const arrayOf = (items: JsonSchema, extra: Record<string, unknown> = {}): JsonSchema => ({
  type: 'array',
  items,
  maxItems: LIMITS.items,
  ...extra,
});
/** Consumers are tolerant readers: unknown extra fields are allowed, required ones are checked. */
export const object = (properties: Record<string, JsonSchema>, required: string[]): JsonSchema => ({
  type: 'object',
  properties,
  required,
});
export const date: JsonSchema = { type: 'string', format: 'date', maxLength: 10 };
export const enumOf = (values: readonly string[]): JsonSchema => ({
  type: 'string',
  enum: [...values],
  maxLength: Math.max(...values.map((v) => v.length)),
});
/** A person's titles ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"): a handful, never hundreds. */
export const titles: JsonSchema = arrayOf(str({ maxLength: 300 }), { maxItems: LIMITS.titles });
/** A person as the press names them: "Nguyễn Văn A, Chủ tịch UBND tỉnh". */
export const person: JsonSchema = object({ name: str(), titles }, ['name', 'titles']);
