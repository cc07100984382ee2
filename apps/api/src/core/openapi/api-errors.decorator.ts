import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ErrorResponseDto } from './error-response.dto.js';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: `details` names each field',
  401: 'Not signed in, or the token is invalid or expired',
  403: 'Signed in, but the role lacks the permission',
  404: "Not found (also for another clinic's records)",
  409: 'Conflict: stale `version`, or a unique value already in use',
  429: 'Too many requests',
};

/** Documents the error responses a route can give, all in the one error shape. */
export function ApiErrors(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...[...statuses, 500].map((status) =>
      ApiResponse({ status, description: DESCRIPTIONS[status] ?? 'Unexpected server error', type: ErrorResponseDto }),
    ),
  );
}
