/** The services' and the gateway's RFC 9457 problem+json: both languages always present. */
export interface Problem {
  type: string;
  status: number;
  title: string;
  detail: string;
  vi?: { title: string; detail: string };
  en?: { title: string; detail: string };
  errors?: Array<{ field: string; code: string; vi: string; en: string }>;
}

export type Language = 'vi' | 'en';

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value && 'type' in value;
}

/** A request that failed: its problem (when the body was one) and its HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(problem?.en?.title ?? problem?.title ?? `HTTP ${status}`);
  }
}

/** The problem's title and detail in the user's language. */
export function problemText(
  problem: Problem | undefined,
  lang: Language,
): { title: string; detail: string } | undefined {
  if (!problem) return undefined;
  return problem[lang] ?? { title: problem.title, detail: problem.detail };
}

/** Every field error by field path (`organizer.name`), in the user's language; several for one field are joined. */
export function fieldErrors(problem: Problem | undefined, lang: Language): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of problem?.errors ?? []) {
    const message = e[lang] ?? e.en;
    out[e.field] = out[e.field] ? `${out[e.field]}; ${message}` : message;
  }
  return out;
}

/** The answer of an openapi-fetch call, or an ApiError carrying the problem. */
export function unwrap<T>(result: { data?: unknown; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  throw new ApiError(result.response.status, isProblem(result.error) ? result.error : undefined);
}
