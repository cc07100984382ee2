import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../../core/validation/page-query.dto.js';

export const CASELOAD_SCOPES = ['mine', 'clinic'] as const;

export class CaseloadQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: CASELOAD_SCOPES,
    default: 'mine',
    description: 'mine: episodes where you are the responsible therapist; clinic: every therapist’s',
  })
  @IsOptional()
  @IsIn(CASELOAD_SCOPES)
  scope: 'mine' | 'clinic' = 'mine';
}
