import { ApiPropertyOptional } from '@nestjs/swagger';
import type { ProtocolSource } from '@proprio/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Trim } from '../../../core/validation/decorators.js';
import { PageQueryDto } from '../../../core/validation/page-query.dto.js';

export const PROTOCOL_SOURCES: readonly ProtocolSource[] = ['seeded', 'clinic'];

export class ProtocolQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Words that must all appear in the title' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: PROTOCOL_SOURCES, description: 'Only the seeded protocols, or only your own' })
  @IsOptional()
  @IsIn(PROTOCOL_SOURCES)
  source?: ProtocolSource;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeArchived: boolean = false;
}
