import { ApiProperty } from '@nestjs/swagger';
import { IsDateOnly, NotBeforeField } from '../../../core/validation/decorators.js';

/** The reporting period to build an objective section for. */
export class NoteObjectiveQueryDto {
  @ApiProperty({ format: 'date', example: '2026-09-01', description: 'Not before the injury' })
  @IsDateOnly()
  periodStart!: string;

  @ApiProperty({ format: 'date', example: '2026-09-28', description: 'Not before periodStart, not after today' })
  @IsDateOnly()
  @NotBeforeField('periodStart')
  periodEnd!: string;
}
