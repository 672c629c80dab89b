import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { invalidRequest } from '../problem/validation-errors';
import { controlCharacterErrors } from './control-characters';

/**
 * Global pipe, ahead of validation: every body, query and path parameter a handler receives is
 * refused with a 400 naming the field when a string in it holds a control character — so no DTO
 * has to remember it, and none reaches the database (where U+0000 is an error) or a log line.
 */
@Injectable()
export class ControlCharactersPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    // a single parameter (`@Param('id')`, `@Query('answer')`) is named by its key; whole objects by their paths
    const errors = controlCharacterErrors(
      value,
      metadata.data ?? '',
      metadata.type === 'query' || metadata.type === 'param',
    );
    if (errors.length === 0) return value;
    throw invalidRequest(errors);
  }
}
