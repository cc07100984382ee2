import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';
import { ReasonDto } from '../../../core/validation/reason.dto.js';

export class AmendMeasurementDto extends ReasonDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The corrected raw values' })
  @IsObject()
  input!: Record<string, unknown>;
}
