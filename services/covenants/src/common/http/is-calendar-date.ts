import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isCalendarDate } from '../domain/text';

/** A calendar date, YYYY-MM-DD (no time, no zone): memberships and elections happen on days. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value),
        defaultMessage: () => '$property must be a date written YYYY-MM-DD',
      },
    },
    options,
  );
}
