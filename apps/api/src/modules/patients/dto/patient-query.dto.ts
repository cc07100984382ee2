import { ApiPropertyOptional } from '@nestjs/swagger';
import { PATIENT_SORT_KEYS, type PatientSortKey } from '@proprio/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Trim } from '../../../core/validation/decorators.js';
import { PageQueryDto } from '../../../core/validation/page-query.dto.js';

export class PatientQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Words matched against given name, family name or record number' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeArchived: boolean = false;

  @ApiPropertyOptional({ enum: PATIENT_SORT_KEYS, default: 'familyName' })
  @IsOptional()
  @IsIn(PATIENT_SORT_KEYS)
  sort: PatientSortKey = 'familyName';

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order: 'asc' | 'desc' = 'asc';
}
