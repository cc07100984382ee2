import { ApiProperty } from '@nestjs/swagger';
import {
  CLINIC_NAME_MAX_LENGTH,
  PROGRESS_NOTE_DAY_LIMIT_RANGE,
  PROGRESS_NOTE_VISIT_INTERVAL_RANGE,
  type Clinic,
} from '@proprio/contracts';

export class ClinicResponseDto implements Clinic {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ maxLength: CLINIC_NAME_MAX_LENGTH }) name!: string;

  @ApiProperty({
    type: 'integer',
    minimum: PROGRESS_NOTE_VISIT_INTERVAL_RANGE.min,
    maximum: PROGRESS_NOTE_VISIT_INTERVAL_RANGE.max,
    description: 'Treatment visits since the last progress report after which the next one is due',
  })
  progressNoteVisitInterval!: number;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    minimum: PROGRESS_NOTE_DAY_LIMIT_RANGE.min,
    maximum: PROGRESS_NOTE_DAY_LIMIT_RANGE.max,
    description: 'Calendar days after which a progress report is due whatever the visit count; null: no such limit',
  })
  progressNoteDayLimit!: number | null;

  @ApiProperty() version!: number;
}
