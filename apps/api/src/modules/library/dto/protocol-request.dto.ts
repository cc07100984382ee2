import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  CloneProtocolRequest,
  CreateProtocolRequest,
  CreateProtocolVersionRequest,
  UpdateProtocolVersionRequest,
} from '@proprio/contracts';
import { IsInt, IsObject, IsOptional, IsString, IsUUID, Length, MaxLength, Min } from 'class-validator';
import { EmptyToNull, Trim } from '../../../core/validation/decorators.js';
import { ProtocolDefinitionDto } from './protocol-definition.dto.js';

export const PROTOCOL_TEXT_LIMITS = { title: 120, description: 2000 } as const;
const DEFINITION_DESCRIPTION =
  'Checked as a whole by the clinical library; each issue names its path, e.g. `definition.phases.0.exitCriteria.0.measure`';

export class CreateProtocolDto implements CreateProtocolRequest {
  @ApiProperty({ example: 'Our post-ACLR protocol', maxLength: PROTOCOL_TEXT_LIMITS.title })
  @Trim()
  @IsString()
  @Length(1, PROTOCOL_TEXT_LIMITS.title)
  title!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: PROTOCOL_TEXT_LIMITS.description })
  @IsOptional()
  @EmptyToNull()
  @IsString()
  @MaxLength(PROTOCOL_TEXT_LIMITS.description)
  description?: string | null;

  @ApiProperty({ type: ProtocolDefinitionDto, description: DEFINITION_DESCRIPTION })
  @IsObject({ message: 'must be a protocol definition object' })
  definition!: ProtocolDefinitionDto;
}

export class CloneProtocolDto implements CloneProtocolRequest {
  @ApiProperty({ example: 'Post-ACLR, adapted for our clinic', maxLength: PROTOCOL_TEXT_LIMITS.title })
  @Trim()
  @IsString()
  @Length(1, PROTOCOL_TEXT_LIMITS.title)
  title!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The version to copy; the latest when omitted' })
  @IsOptional()
  @IsUUID('4', { message: 'must be a UUID' })
  versionId?: string;
}

export class CreateProtocolVersionDto implements CreateProtocolVersionRequest {
  @ApiProperty({ type: ProtocolDefinitionDto, description: DEFINITION_DESCRIPTION })
  @IsObject({ message: 'must be a protocol definition object' })
  definition!: ProtocolDefinitionDto;
}

export class UpdateProtocolVersionDto implements UpdateProtocolVersionRequest {
  @ApiProperty({ minimum: 1, example: 1, description: 'The version (row version) you read' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ type: ProtocolDefinitionDto, description: DEFINITION_DESCRIPTION })
  @IsObject({ message: 'must be a protocol definition object' })
  definition!: ProtocolDefinitionDto;
}
