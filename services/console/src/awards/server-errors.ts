import { useEffect, type RefObject } from 'react';
import { ApiError, fieldErrors, type Problem } from '../api/problem';
import type { Language } from '../i18n';

/**
 * A refused request's field errors split into those a form shows under its inputs (by the
 * service's field path, `signer.name`, mapped to the input's name) and the rest, for the alert.
 */
export function placeErrors<F extends string>(
  error: unknown,
  lang: Language,
  fieldOf: (path: string) => F | undefined,
): { problem: Problem | undefined; byField: Partial<Record<F, string>>; unplaced: string[]; count: number } {
  const problem = error instanceof ApiError ? error.problem : undefined;
  const byPath = fieldErrors(problem, lang);
  const byField: Partial<Record<F, string>> = {};
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(byPath)) {
    const field = fieldOf(path);
    if (field) byField[field] = byField[field] ? `${byField[field]}; ${message}` : message;
    else unplaced.push(message);
  }
  return { problem, byField, unplaced, count: Object.keys(byPath).length };
}

/** After a refusal the first input in error gets the focus, its message read with it. */
export function useFocusFirstError(form: RefObject<HTMLElement | null>, error: unknown): void {
  useEffect(() => {
    if (error) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, error]);
}

/** Today in Vietnam as YYYY-MM-DD (the default signing date). */
export function todayInVietnam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}
