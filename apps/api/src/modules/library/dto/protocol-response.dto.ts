import { ApiProperty } from '@nestjs/swagger';
import type {
  Protocol,
  ProtocolSource,
  ProtocolSummary,
  ProtocolVersion,
  ProtocolVersionSummary,
} from '@proprio/contracts';
import { ProtocolDefinitionDto } from './protocol-definition.dto.js';
import { PROTOCOL_SOURCES } from './protocol-query.dto.js';

export class ProtocolVersionSummaryDto implements ProtocolVersionSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ minimum: 1, description: '1, 2, … within the protocol' }) number!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null for seeded versions' })
  createdBy!: string | null;
  @ApiProperty({ description: 'Assigned to at least one of your programmes: it never changes again' })
  inUse!: boolean;
}

export class ProtocolSummaryDto implements ProtocolSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: PROTOCOL_SOURCES, description: 'seeded: read-only; clone it to adapt it' })
  source!: ProtocolSource;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: ProtocolVersionSummaryDto }) latestVersion!: ProtocolVersionSummaryDto;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt!: string | null;
}

export class ProtocolResponseDto extends ProtocolSummaryDto implements Protocol {
  @ApiProperty({ type: [ProtocolVersionSummaryDto], description: 'Newest first' })
  versions!: ProtocolVersionSummaryDto[];
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The version this protocol was cloned from',
  })
  clonedFromVersionId!: string | null;
  @ApiProperty() version!: number;
}

export class ProtocolVersionResponseDto extends ProtocolVersionSummaryDto implements ProtocolVersion {
  @ApiProperty({ format: 'uuid' }) protocolId!: string;
  @ApiProperty({ description: 'The protocol’s title' }) title!: string;
  @ApiProperty({ type: ProtocolDefinitionDto }) definition!: ProtocolDefinitionDto;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'The name of every exercise the definition lists, by id',
  })
  exerciseNames!: Record<string, string>;
  @ApiProperty({ description: 'Send it back unchanged with an update' }) version!: number;
}

export class ProtocolPageDto {
  @ApiProperty({ type: [ProtocolSummaryDto] }) items!: ProtocolSummaryDto[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}
