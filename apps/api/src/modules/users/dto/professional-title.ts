import { PROFESSIONAL_TITLE_MAX_LENGTH } from '@proprio/contracts';
import { applyDecorators } from '@nestjs/common';
import type { ApiPropertyOptions } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { EmptyToNull } from '../../../core/validation/decorators.js';

/** How the API documents the title on create and update. */
export const PROFESSIONAL_TITLE_API_PROPERTY: ApiPropertyOptions = {
  type: String,
  nullable: true,
  maxLength: PROFESSIONAL_TITLE_MAX_LENGTH,
  example: 'PT, DPT',
  description: 'Professional identification printed with the signature (trimmed; empty or null: none)',
};

/**
 * Optional professional identification (REFERENCE §6.2), trimmed, empty → null. It is printed on one
 * line beside the signature of a legal record, so line breaks and other control characters are refused.
 */
export function ProfessionalTitle(): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    EmptyToNull(),
    IsString(),
    MaxLength(PROFESSIONAL_TITLE_MAX_LENGTH),
    Matches(/^[^\p{Cc}]*$/u, { message: 'must be one line without control characters' }),
  );
}
