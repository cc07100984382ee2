import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import { Logger, NotFoundException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { sendError } from '../errors/global-exception.filter.js';

/**
 * Serves the built dashboard on the API's origin, with the single-page-app fallback: any GET outside
 * /api that is not a file gets index.html so deep links work. Unknown /api paths stay JSON 404s.
 */
export async function serveDashboard(app: NestFastifyApplication, dashboardDir: string): Promise<boolean> {
  const logger = new Logger('Dashboard');
  const index = join(dashboardDir, 'index.html');
  const built = existsSync(index);
  if (built) {
    await app.register(fastifyStatic, { root: dashboardDir, prefix: '/', wildcard: false, index: ['index.html'] });
  } else {
    logger.warn(`No dashboard build at ${dashboardDir}; run "npm run build" to serve it.`);
  }
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', async (request, reply) => {
    if (request.url === '/api' || request.url.startsWith('/api/') || !built) {
      sendError(reply, request, new NotFoundException(), logger);
      return reply;
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  return built;
}
