import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, ValidateNested } from 'class-validator';
import { ReasonDto } from '../../../core/validation/reason.dto.js';
import { QuestionnaireOptionsDto } from './create-questionnaire.dto.js';

export class AmendQuestionnaireDto extends ReasonDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The corrected item answers' })
  @IsObject()
  answers!: Record<string, unknown>;

  @ApiPropertyOptional({ type: QuestionnaireOptionsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuestionnaireOptionsDto)
  options?: QuestionnaireOptionsDto;
}
