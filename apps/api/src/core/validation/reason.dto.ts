import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { Trim } from './decorators.js';

/** Why a clinical value is corrected or voided: required, and kept with the record for good. */
export class ReasonDto {
  @ApiProperty({ example: 'Trial 2 was entered in the wrong limb', minLength: 3, maxLength: 500 })
  @Trim()
  @IsString()
  @Length(3, 500)
  reason!: string;
}
