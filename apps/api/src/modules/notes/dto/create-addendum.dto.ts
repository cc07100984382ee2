import { ApiProperty } from '@nestjs/swagger';
import { NOTE_SECTION_MAX_LENGTH, type CreateAddendumRequest } from '@proprio/contracts';
import { IsString, Matches, MaxLength } from 'class-validator';
import { Trim } from '../../../core/validation/decorators.js';

export class CreateAddendumDto implements CreateAddendumRequest {
  @ApiProperty({
    maxLength: NOTE_SECTION_MAX_LENGTH,
    example: 'Correction: the single hop on 2026-09-14 was tested on the left (involved) leg first.',
    description: 'The correction or addition; signed by you when it is saved',
  })
  @Trim()
  @IsString()
  @Matches(/\S/, { message: 'must not be blank' })
  @MaxLength(NOTE_SECTION_MAX_LENGTH)
  body!: string;
}
