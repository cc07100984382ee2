import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { CreatePatientDto } from './create-patient.dto.js';

/**
 * Any subset of the patient's fields, plus the version that was read. Left-out fields are unchanged;
 * null is only accepted where the create DTO allows it (skipNullProperties: false).
 */
export class UpdatePatientDto extends PartialType(CreatePatientDto, { skipNullProperties: false }) {
  @ApiProperty({ minimum: 1, example: 1 })
  @IsInt()
  @Min(1)
  version!: number;
}
