import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INSTRUMENTS, type Instrument } from '@proprio/clinical';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, ValidateNested } from 'class-validator';
import { IsDateOnly, NotInFuture } from '../../../core/validation/decorators.js';

export class QuestionnaireOptionsDto {
  @ApiPropertyOptional({ enum: ['2012', '1998'], default: '2012', description: 'KOOS missing-item rule' })
  @IsOptional()
  @IsIn(['2012', '1998'])
  koosMissingItemRule?: '2012' | '1998';
}

export class CreateQuestionnaireDto {
  @ApiProperty({ enum: INSTRUMENTS, example: 'koos' })
  @IsIn(INSTRUMENTS)
  instrument!: Instrument;

  @ApiProperty({ format: 'date', example: '2026-09-28' })
  @IsDateOnly()
  @NotInFuture()
  completedOn!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'Item id → answer. KOOS: P1–P9, S1–S7, A1–A17, SP1–SP5, Q1–Q4 (0–4). IKDC: 1–8, 9a–9i, 10b (10a optional, not scored). ' +
      'ACL-RSI: R1–R12 (0–100 in steps of 10). Tegner: preInjury, current (0–10). Global rating: rating (0–100).',
    example: { P1: 0, P2: 1, P3: 1 },
  })
  @IsObject()
  answers!: Record<string, unknown>;

  @ApiPropertyOptional({ type: QuestionnaireOptionsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuestionnaireOptionsDto)
  options?: QuestionnaireOptionsDto;
}
