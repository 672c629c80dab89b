import { type INestApplication, ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import * as classTransformer from 'class-transformer';
import * as classValidator from 'class-validator';
import { Logger } from 'nestjs-pino';
import { ControlCharactersPipe } from './http/control-characters.pipe';
import { correlationMiddleware, httpLoggingMiddleware } from './logging/http-logging.middleware';
import { httpMetricsMiddleware } from './metrics/http-metrics.middleware';
import { setupOpenApi } from './openapi/openapi';
import { validationProblem } from './problem/validation-errors';
import { verifyJsonBody } from './http/json-body';
import { DEFAULT_BODY_LIMIT, type ServiceKitOptions } from './service-kit.options';

/**
 * The application-level conventions, applied before `listen()` on an app created with
 * `{ bodyParser: false }`. Order matters: Express runs these ahead of Nest's routes, in this
 * order, so that metrics, logging and correlation also cover requests the body parser rejects.
 */
export async function configureApp(app: INestApplication, options: ServiceKitOptions): Promise<void> {
  assertNotInitialized(app);
  app.useLogger(app.get(Logger));
  (app as NestExpressApplication).disable('x-powered-by');

  app.use(httpMetricsMiddleware());
  app.use(httpLoggingMiddleware(options));
  app.use(correlationMiddleware());
  // body-parser's own options (verify included); Nest's typing of them varies with @types/express
  const json = {
    limit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    type: ['application/json', 'application/*+json'],
    verify: verifyJsonBody,
  } as Parameters<NestExpressApplication['useBodyParser']>[1];
  (app as NestExpressApplication).useBodyParser('json', json);

  app.useGlobalPipes(
    new ControlCharactersPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      validationError: { target: false, value: false },
      exceptionFactory: validationProblem,
      // the very copies the DTOs' decorators wrote their metadata into, rather than whatever
      // Nest 12's own dynamic import() resolves to (the same under plain Node; not a given
      // under test runners or bundlers)
      validatorPackage: classValidator,
      transformerPackage: classTransformer,
    }),
  );
  setupOpenApi(app, options);
  app.enableShutdownHooks();
}

function assertNotInitialized(app: INestApplication): void {
  // app.use() after init would mount behind Nest's router and silently never run
  if ((app as unknown as { isInitialized?: boolean }).isInitialized) {
    throw new Error('configureApp must be called before app.init()/app.listen()');
  }
}
