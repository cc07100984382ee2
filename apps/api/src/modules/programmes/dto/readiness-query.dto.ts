import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Trim } from '../../../core/validation/decorators.js';

export class ReadinessQueryDto {
  @ApiPropertyOptional({
    example: 'delaware',
    description: "A return-to-sport set of the programme's protocol; defaults to the programme's chosen set",
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(40)
  set?: string;
}
