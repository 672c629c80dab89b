import type { JsonSchema } from './json-schema';

/** One event type: its CloudEvents type, the topic it travels on, and the schema of its data. */
export interface EventDefinition<T> {
  type: string;
  topic: string;
  summary: string;
  schema: JsonSchema;
  /** phantom field: carries the TypeScript type of `data` */
  readonly _data?: T;
}

export function defineEvent<T>(def: Omit<EventDefinition<T>, '_data'>): EventDefinition<T> {
  return def;
}

export type DataOf<D> = D extends EventDefinition<infer T> ? T : never;
