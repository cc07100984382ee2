import type { FastifyInstance } from 'fastify';

/** Headers every response carries: the correlation id, and no caching of API data. */
export function registerResponseHeaders(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-correlation-id', request.id);
    // API answers carry patient data: never let a browser or proxy cache them.
    if (request.url.startsWith('/api/')) void reply.header('cache-control', 'no-store');
  });
}
