import fastifyCookie from '@fastify/cookie';
import type { LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import { PasswordService } from './core/auth/password.service.js';
import { GlobalExceptionFilter } from './core/errors/global-exception.filter.js';
import { correlationIdFor } from './core/http/correlation-id.js';
import { serveDashboard } from './core/http/dashboard.js';
import { registerJsonBodyParser } from './core/http/json-body.js';
import { registerResponseHeaders } from './core/http/response-headers.js';
import { registerSecurityHeaders } from './core/http/security-headers.js';
import { registerRequestLogging } from './core/logging/request-logger.js';
import { serveOpenApi } from './core/openapi/openapi.js';
import { createValidationPipe } from './core/validation/validation-pipe.js';
import { seedDemoData } from './modules/demo/demo-seed.js';
import { syncReferenceLibrary } from './modules/library/reference-library.js';

export interface CreateAppOptions {
  logger?: LoggerService | false;
}

/**
 * Builds the whole application (used by main.ts and by the integration tests alike): migrates the
 * database, seeds the demo clinic when configured, and wires HTTP concerns.
 */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  options: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    genReqId: correlationIdFor,
    requestIdHeader: false,
    logger: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, {
    logger: options.logger ?? ['error', 'warn', 'log'],
    // JSON only: Nest's default body parsers also accept HTML form posts, which would let another
    // site sign a browser into an attacker's account (login CSRF). Fastify's JSON parser stays.
    bodyParser: false,
  });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new GlobalExceptionFilter());
  await app.register(fastifyCookie);
  if (config.corsOrigin) app.enableCors({ origin: config.corsOrigin, credentials: true });
  registerJsonBodyParser(app.getHttpAdapter().getInstance(), config.bodyLimitBytes);
  registerResponseHeaders(app.getHttpAdapter().getInstance());
  registerSecurityHeaders(app.getHttpAdapter().getInstance());
  registerRequestLogging(app.getHttpAdapter().getInstance());
  serveOpenApi(app);
  await serveDashboard(app, config.dashboardDir);

  const dataSource = app.get(DataSource);
  await dataSource.runMigrations({ transaction: 'each' });
  // The seeded exercise library and protocol follow the code (idempotent, safe with several instances).
  await syncReferenceLibrary(dataSource);
  if (config.demoData) await seedDemoData(dataSource, app.get(PasswordService));

  await app.init();
  return app;
}
