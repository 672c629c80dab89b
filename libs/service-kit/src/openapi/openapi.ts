import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { ServiceKitOptions } from '../service-kit.options';

/**
 * OpenAPI UI at /docs and JSON at /docs-json. The document is built on first request, so a
 * service's start-up does not pay for scanning every controller. DTOs declare their schema with
 * explicit @ApiProperty (no swagger CLI plugin in the build).
 */
export function setupOpenApi(app: INestApplication, options: ServiceKitOptions): void {
  const config = new DocumentBuilder()
    .setTitle(options.title)
    .setVersion(options.version ?? '0.0.0')
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, config), {
    jsonDocumentUrl: 'docs-json',
    raw: ['json'],
  });
}
