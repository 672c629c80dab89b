import { ApiHeader } from '@nestjs/swagger';

/**
 * Documents the optional `Idempotency-Key` header that `IdempotencyInterceptor` honours; put it
 * on every POST the interceptor covers.
 */
export const ApiIdempotencyKey = (): MethodDecorator & ClassDecorator =>
  ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'a retry with the same key and body returns the first answer instead of doing it again',
  });
