import type { ValidationError } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ProblemException } from './problem.exception';
import type { FieldError } from './problem.types';
import { vietnameseMessage } from './vietnamese-messages';

/**
 * Flattens class-validator's tree of errors into one entry per failed constraint, with paths a
 * client can point at: `parties[0].unitName` (array indexes in brackets, properties dotted).
 */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = joinPath(parent, error.property);
    for (const [code, en] of Object.entries(error.constraints ?? {})) {
      out.push({ field, code, en, vi: vietnameseMessage(code, field, en) });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

function joinPath(parent: string, property: string | undefined): string {
  if (property === undefined || property === '') return parent;
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}

/** ValidationPipe's exceptionFactory: a 400 `urn:tdkt:problem:validation` listing every field. */
export function validationProblem(errors: ValidationError[]): ProblemException {
  return invalidRequest(flattenValidationErrors(errors));
}

/** The 400 `urn:tdkt:problem:validation` for these field errors. */
export function invalidRequest(fieldErrors: FieldError[]): ProblemException {
  const n = fieldErrors.length;
  return new ProblemException({
    status: 400,
    type: 'validation',
    vi: { title: 'Dữ liệu không hợp lệ', detail: `Yêu cầu có ${n} lỗi dữ liệu, xem chi tiết trong "errors".` },
    en: { title: 'Invalid request', detail: `The request has ${n} invalid value(s), see "errors".` },
    errors: fieldErrors,
  });
}

/** A failed constraint with texts that do not name the field, to follow a label of the caller's own. */
export interface ConstraintFailure extends FieldError {
  reason: { vi: string; en: string };
}

/**
 * Validates a plain object (a spreadsheet row, say) against a request DTO class, so a file and
 * the JSON body it stands for obey the limits written once on the DTO. Returns every failure.
 */
export function validateAgainst<T extends object>(cls: new () => T, plain: object): ConstraintFailure[] {
  const errors = validateSync(plainToInstance(cls, plain), { forbidUnknownValues: false }) as ValidationError[];
  return flattenValidationErrors(errors).map((e) => ({
    ...e,
    reason: { vi: e.vi.replace(`Trường ${e.field} `, ''), en: stripSubject(e.en, e.field) },
  }));
}

function stripSubject(en: string, field: string): string {
  const property = field
    .replace(/\[\d+\]$/, '')
    .split('.')
    .pop()!;
  for (const subject of [`each value in ${property} `, `${property} `])
    if (en.startsWith(subject)) return en.slice(subject.length);
  return en;
}
