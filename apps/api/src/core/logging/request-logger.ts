import { Logger } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';

/**
 * One line per request: method, route pattern (never the raw URL, whose query may hold a patient's
 * name), status, duration and correlation id. Identifiers only, no clinical content.
 */
export function registerRequestLogging(fastify: FastifyInstance): void {
  const logger = new Logger('HTTP');
  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const line = `${request.method} ${route} ${reply.statusCode} ${reply.elapsedTime.toFixed(1)}ms correlationId=${request.id}`;
    if (reply.statusCode >= 500) logger.error(line);
    else logger.log(line);
  });
}
