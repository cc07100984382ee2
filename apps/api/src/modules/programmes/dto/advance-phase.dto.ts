import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AdvancePhaseRequest } from '@proprio/contracts';
import { IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { EmptyToNull } from '../../../core/validation/decorators.js';

export class AdvancePhaseDto implements AdvancePhaseRequest {
  @ApiProperty({ minimum: 1, example: 1, description: 'The programme version you read' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 2000,
    description: 'Required when not every exit criterion is met; kept with the transition',
  })
  @IsOptional()
  @EmptyToNull()
  @IsString()
  @MaxLength(2000)
  overrideReason?: string | null;
}
