import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EQUIPMENT, type Equipment } from '@proprio/clinical';
import type { AssignProgrammeRequest } from '@proprio/contracts';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsString, IsUUID, Matches } from 'class-validator';
import { IsOptionalButNotNull, Trim } from '../../../core/validation/decorators.js';

/** Phase and criteria-set keys: lower-case letters, digits and underscores (ProtocolPhase.key). */
export const KEY_PATTERN = /^[a-z0-9_]{1,40}$/;

export class AssignProgrammeDto implements AssignProgrammeRequest {
  @ApiProperty({ format: 'uuid', description: 'A seeded protocol version or one of your clinic’s own' })
  @IsUUID('all')
  protocolVersionId!: string;

  @ApiProperty({
    enum: EQUIPMENT,
    isArray: true,
    description: 'What the patient has to train with; the starting exercises are chosen to fit it',
    example: ['mat', 'resistance_band'],
  })
  @IsArray()
  @ArrayMaxSize(EQUIPMENT.length)
  @ArrayUnique()
  @IsIn(EQUIPMENT, { each: true })
  equipment!: Equipment[];

  @ApiPropertyOptional({
    example: 'p1',
    description: 'Defaults to the pre-operative phase before surgery, else the first post-operative phase',
  })
  @IsOptionalButNotNull()
  @Trim()
  @IsString()
  @Matches(KEY_PATTERN, { message: 'must be a phase key of the protocol' })
  startPhaseKey?: string;

  @ApiPropertyOptional({ example: 'delaware', description: 'Defaults to the protocol’s first return-to-sport set' })
  @IsOptionalButNotNull()
  @Trim()
  @IsString()
  @Matches(KEY_PATTERN, { message: 'must be a return-to-sport set key of the protocol' })
  returnToSportSetKey?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The responsible therapist; defaults to you' })
  @IsOptionalButNotNull()
  @IsUUID('all')
  therapistId?: string;
}
