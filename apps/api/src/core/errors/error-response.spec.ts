import { describe, expect, it } from '@jest/globals';
import {
  BadRequestException,
  ForbiddenException,
  HttpException,
  InternalServerErrorException,
  NotFoundException,
  PayloadTooLargeException,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error.js';
import { toErrorResponse } from './error-response.js';

const ID = 'corr-0001';
const SECRET_TEXT = 'SELECT password_hash FROM app_user WHERE email = $1';

const queryFailed = (driverError: Record<string, unknown>) =>
  new QueryFailedError(
    SECRET_TEXT,
    ['someone@example.org'],
    Object.assign(new Error('duplicate key value violates unique constraint'), driverError),
  );

describe('toErrorResponse', () => {
  it('keeps an AppError as it is, details included', () => {
    const error = new AppError(409, 'EMAIL_TAKEN', 'A user with that email already exists.', [
      { field: 'email', issue: 'is already in use' },
    ]);
    expect(toErrorResponse(error, ID)).toEqual({
      body: {
        statusCode: 409,
        code: 'EMAIL_TAKEN',
        message: 'A user with that email already exists.',
        details: [{ field: 'email', issue: 'is already in use' }],
        correlationId: ID,
      },
    });
  });

  it('leaves details out when an AppError has none', () => {
    const { body, unexpected } = toErrorResponse(AppError.notFound('PATIENT_NOT_FOUND', 'The patient'), ID);
    expect(body).toEqual({
      statusCode: 404,
      code: 'PATIENT_NOT_FOUND',
      message: 'The patient was not found.',
      correlationId: ID,
    });
    expect(unexpected).toBeUndefined();
    expect(toErrorResponse(AppError.validation([]), ID).body).not.toHaveProperty('details');
  });

  it('turns an unknown Error into a bare 500 INTERNAL_ERROR without its message, and flags it for logging', () => {
    const error = new TypeError(`Cannot read properties of undefined (reading 'clinicId') at ${SECRET_TEXT}`);
    const { body, unexpected } = toErrorResponse(error, ID);
    expect(body).toEqual({ statusCode: 500, code: 'INTERNAL_ERROR', message: expect.any(String), correlationId: ID });
    expect(body.message).not.toContain('clinicId');
    expect(body.message).not.toContain('SELECT');
    expect(unexpected).toBe(error);
  });

  it('treats thrown non-errors and odd status codes as unexpected 500s', () => {
    for (const thrown of [
      'a string',
      null,
      undefined,
      42,
      { statusCode: '400' },
      { statusCode: 200 },
      { statusCode: 600 },
    ]) {
      const { body, unexpected } = toErrorResponse(thrown, ID);
      expect({ thrown, status: body.statusCode, code: body.code }).toEqual({
        thrown,
        status: 500,
        code: 'INTERNAL_ERROR',
      });
      expect(unexpected).toBe(thrown);
    }
  });

  it('gives 4xx HttpExceptions a safe message of its own, never the exception’s', () => {
    const cases: [HttpException, number, string][] = [
      [new BadRequestException('Validation failed (uuid v4 is expected) for SELECT'), 400, 'VALIDATION_FAILED'],
      [new UnauthorizedException('jwt malformed'), 401, 'UNAUTHENTICATED'],
      [new ForbiddenException('Forbidden resource'), 403, 'FORBIDDEN'],
      [new NotFoundException('Cannot GET /api/secret-path'), 404, 'ROUTE_NOT_FOUND'],
      [new PayloadTooLargeException('body of 9999999 bytes'), 413, 'PAYLOAD_TOO_LARGE'],
    ];
    for (const [exception, status, code] of cases) {
      const { body, unexpected } = toErrorResponse(exception, ID);
      expect(body).toEqual({ statusCode: status, code, message: expect.any(String), correlationId: ID });
      expect(body.message).not.toBe(exception.message);
      expect(body.message).not.toMatch(/SELECT|jwt|secret-path|9999999|Forbidden resource/);
      expect(unexpected).toBeUndefined();
    }
    const teapot = toErrorResponse(new HttpException('I am a teapot, internally', 418), ID).body;
    expect(teapot).toMatchObject({ statusCode: 418, message: 'The request could not be processed.' });
  });

  it('maps Fastify’s own errors (bad JSON, body too large, media type) by status, with safe messages', () => {
    const fastifyError = (statusCode: number, code: string, message: string) =>
      Object.assign(new Error(message), { statusCode, code });
    expect(
      toErrorResponse(fastifyError(400, 'FST_ERR_CTP_INVALID_JSON_BODY', 'Unexpected end of JSON input'), ID).body,
    ).toEqual({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'The request is malformed.',
      correlationId: ID,
    });
    expect(
      toErrorResponse(fastifyError(413, 'FST_ERR_CTP_BODY_TOO_LARGE', 'Request body is too large'), ID).body,
    ).toMatchObject({
      statusCode: 413,
      code: 'PAYLOAD_TOO_LARGE',
    });
    expect(
      toErrorResponse(fastifyError(415, 'FST_ERR_CTP_INVALID_MEDIA_TYPE', 'Unsupported Media Type: text/xml'), ID).body,
    ).toMatchObject({
      statusCode: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: 'Send the request body as application/json.',
    });
  });

  it('answers 503 as SERVICE_UNAVAILABLE and other 5xx HttpExceptions as unexpected 500s', () => {
    expect(toErrorResponse(new ServiceUnavailableException('pool exhausted'), ID)).toEqual({
      body: { statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: expect.any(String), correlationId: ID },
    });
    const internal = new InternalServerErrorException('secret details');
    const { body, unexpected } = toErrorResponse(internal, ID);
    expect(body).toMatchObject({ statusCode: 500, code: 'INTERNAL_ERROR' });
    expect(body.message).not.toContain('secret details');
    expect(unexpected).toBe(internal);
  });

  it('turns known database constraint failures into 4xx answers naming the field, without SQL or values', () => {
    const unique = toErrorResponse(queryFailed({ code: '23505', constraint: 'uq_app_user_email' }), ID);
    expect(unique.body).toEqual({
      statusCode: 409,
      code: 'EMAIL_TAKEN',
      message: expect.any(String),
      details: [{ field: 'email', issue: 'is already in use' }],
      correlationId: ID,
    });
    const check = toErrorResponse(queryFailed({ code: '23514', constraint: 'ck_episode_dates' }), ID);
    expect(check.body).toMatchObject({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      details: [{ field: 'surgeryDate' }],
    });
    const timeout = toErrorResponse(queryFailed({ code: '57014' }), ID);
    expect(timeout.body).toMatchObject({ statusCode: 503, code: 'SERVICE_UNAVAILABLE' });
    for (const { body } of [unique, check, timeout]) {
      expect(JSON.stringify(body)).not.toMatch(/SELECT|password_hash|someone@example\.org|uq_|ck_|duplicate key/);
    }
  });

  it('treats other database errors as unexpected 500s', () => {
    const error = queryFailed({ code: '42P01' });
    const { body, unexpected } = toErrorResponse(error, ID);
    expect(body).toMatchObject({ statusCode: 500, code: 'INTERNAL_ERROR' });
    expect(JSON.stringify(body)).not.toMatch(/SELECT|app_user/);
    expect(unexpected).toBe(error);
  });
});
