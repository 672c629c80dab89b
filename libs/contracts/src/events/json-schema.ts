/** JSON Schema 2020-12 documents are plain objects; ajv checks them at start-up. */
export type JsonSchema = Record<string, unknown>;

export const str = (extra: Record<string, unknown> = {}): JsonSchema => ({ type: 'string', minLength: 1, ...extra });
export const uuid: JsonSchema = { type: 'string', format: 'uuid' };
export const dateTime: JsonSchema = { type: 'string', format: 'date-time' };
export const int = (extra: Record<string, unknown> = {}): JsonSchema => ({ type: 'integer', ...extra });
export const arrayOf = (items: JsonSchema, extra: Record<string, unknown> = {}): JsonSchema => ({
  type: 'array',
  items,
  ...extra,
});
/** Consumers are tolerant readers: unknown extra fields are allowed, required ones are checked. */
export const object = (properties: Record<string, JsonSchema>, required: string[]): JsonSchema => ({
  type: 'object',
  properties,
  required,
});
export const date: JsonSchema = { type: 'string', format: 'date' };
export const enumOf = (values: readonly string[]): JsonSchema => ({ type: 'string', enum: [...values] });
/** A person as the press names them: "Nguyễn Văn A, Chủ tịch UBND tỉnh". */
export const person: JsonSchema = object({ name: str(), titles: arrayOf(str()) }, ['name', 'titles']);
