import { ApiProperty } from '@nestjs/swagger';
import type { SignNoteRequest } from '@proprio/contracts';
import { IsInt, Min } from 'class-validator';

export class SignNoteDto implements SignNoteRequest {
  @ApiProperty({ minimum: 1, example: 3, description: 'The version of the draft you read and are signing' })
  @IsInt()
  @Min(1)
  version!: number;
}
