import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toErrorResponse } from './error-response.js';

/** The single place where a thrown error becomes an HTTP response. */
@Catch()
export class GlobalExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    sendError(reply, request, exception, this.logger);
  }
}

export function sendError(reply: FastifyReply, request: FastifyRequest, exception: unknown, logger: Logger): void {
  const { body, unexpected } = toErrorResponse(exception, request.id);
  if (unexpected !== undefined) {
    // The stack helps us; it never reaches the client. Messages of unexpected errors are code paths,
    // not patient data (database errors keep their values in `detail`, which is not logged).
    const error = unexpected instanceof Error ? unexpected : new Error('Non-Error value thrown');
    logger.error(`${error.name}: ${error.message} (correlationId ${request.id})`, error.stack);
  }
  if (!reply.sent) void reply.status(body.statusCode).header('cache-control', 'no-store').send(body);
}
