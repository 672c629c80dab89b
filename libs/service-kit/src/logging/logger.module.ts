import type { DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { ServiceKitOptions } from '../service-kit.options';
import { pinoHttpOptions } from './pino-options';

/**
 * nestjs-pino for Nest's Logger and PinoLogger injection. `useExisting`: the request logger is
 * our own pino-http, mounted per application by configureApp, because nestjs-pino builds its
 * pino-http once per process (the first application's options would win for every app in a test
 * process). Logs made outside any request still go through that process-wide root logger.
 */
export function serviceLoggerModule(options: ServiceKitOptions): DynamicModule {
  const pinoHttp = pinoHttpOptions(options);
  return LoggerModule.forRoot({
    pinoHttp: options.logStream ? [pinoHttp, options.logStream] : pinoHttp,
    useExisting: true,
  });
}
