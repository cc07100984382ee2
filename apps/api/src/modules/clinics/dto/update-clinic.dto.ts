import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  CLINIC_NAME_MAX_LENGTH,
  PROGRESS_NOTE_DAY_LIMIT_RANGE,
  PROGRESS_NOTE_VISIT_INTERVAL_RANGE,
} from '@proprio/contracts';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { IsOptionalButNotNull, Trim } from '../../../core/validation/decorators.js';
import { VersionDto } from '../../../core/validation/version.dto.js';

const visits = PROGRESS_NOTE_VISIT_INTERVAL_RANGE;
const days = PROGRESS_NOTE_DAY_LIMIT_RANGE;
const VISITS_ISSUE = `must be a whole number of visits from ${visits.min} to ${visits.max}`;
const DAYS_ISSUE = `must be a whole number of days from ${days.min} to ${days.max}, or null for no calendar limit`;

/** Any subset of the clinic's settings, plus the version that was read. Left-out fields are unchanged. */
export class UpdateClinicDto extends VersionDto {
  @ApiPropertyOptional({ maxLength: CLINIC_NAME_MAX_LENGTH, example: 'Riverside Physio' })
  @IsOptionalButNotNull()
  @Trim()
  @IsString()
  @Length(1, CLINIC_NAME_MAX_LENGTH)
  name?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: visits.min,
    maximum: visits.max,
    example: 10,
    description: 'Treatment visits after which a progress report is due (REFERENCE §6.2: at least every 10)',
  })
  @IsOptionalButNotNull()
  @IsInt({ message: VISITS_ISSUE })
  @Min(visits.min, { message: VISITS_ISSUE })
  @Max(visits.max, { message: VISITS_ISSUE })
  progressNoteVisitInterval?: number;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: days.min,
    maximum: days.max,
    example: 30,
    description: 'Calendar days after which a progress report is due whatever the visit count; null turns it off',
  })
  @IsOptional()
  @IsInt({ message: DAYS_ISSUE })
  @Min(days.min, { message: DAYS_ISSUE })
  @Max(days.max, { message: DAYS_ISSUE })
  progressNoteDayLimit?: number | null;
}
