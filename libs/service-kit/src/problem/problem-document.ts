import type { Language } from './language';
import { PROBLEM_TYPE_PREFIX, type ProblemDocument, type ProblemInit } from './problem.types';

/** Renders a problem for one request: top-level texts in its language, both languages kept. */
export function toProblemDocument(
  problem: ProblemInit,
  lang: Language,
  instance: string,
  correlationId?: string,
): ProblemDocument {
  const texts = problem[lang];
  const doc: ProblemDocument = {
    type: problemType(problem),
    title: texts.title,
    status: problem.status,
    detail: texts.detail,
    instance,
    vi: problem.vi,
    en: problem.en,
  };
  if (problem.errors?.length) {
    doc.errors = problem.errors.map((e) => ({
      field: e.field,
      code: e.code,
      message: e[lang],
      vi: e.vi,
      en: e.en,
    }));
  }
  if (correlationId) doc.correlationId = correlationId;
  return doc;
}

function problemType(problem: ProblemInit): string {
  const type = problem.type ?? `http-${problem.status}`;
  return type.includes(':') ? type : PROBLEM_TYPE_PREFIX + type;
}
