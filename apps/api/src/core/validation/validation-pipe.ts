import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldIssue } from '@proprio/contracts';
import { AppError } from '../errors/app-error.js';

/**
 * Strict input validation for every route: unknown properties are refused (no mass assignment) and
 * every failure names its field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    // One issue per field: the first rule it breaks, not every rule that follows from it.
    stopAtFirstError: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors: ValidationError[]) => AppError.validation(flattenValidationErrors(errors)),
  });
}

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldIssue[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((issue) => ({
      field,
      issue: plainIssue(issue, error.property),
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** class-validator's default messages repeat the property name; the `field` already says it. */
function plainIssue(message: string, property: string): string {
  if (message === `property ${property} should not exist`) return 'is not a recognised field';
  return message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
}
