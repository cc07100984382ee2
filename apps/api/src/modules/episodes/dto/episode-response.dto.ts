import { ApiProperty } from '@nestjs/swagger';
import {
  CONCOMITANT_INJURIES,
  EPISODE_CONDITIONS,
  EPISODE_STATUSES,
  GRAFT_TYPES,
  INVOLVED_SIDES,
  type ConcomitantInjury,
  type Episode,
  type EpisodeCondition,
  type EpisodeStatus,
  type GraftType,
  type InvolvedSide,
} from '@proprio/contracts';

export class EpisodeResponseDto implements Episode {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) patientId!: string;
  @ApiProperty({ enum: EPISODE_CONDITIONS }) condition!: EpisodeCondition;
  @ApiProperty({ enum: INVOLVED_SIDES }) involvedSide!: InvolvedSide;
  @ApiProperty({ format: 'date' }) injuryDate!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) surgeryDate!: string | null;
  @ApiProperty({ enum: GRAFT_TYPES, nullable: true }) graftType!: GraftType | null;
  @ApiProperty({ enum: CONCOMITANT_INJURIES, isArray: true }) concomitantInjuries!: ConcomitantInjury[];
  @ApiProperty({ type: String, nullable: true }) sport!: string | null;
  @ApiProperty({ type: Number, nullable: true }) preInjuryTegner!: number | null;
  @ApiProperty({ enum: EPISODE_STATUSES }) status!: EpisodeStatus;
  @ApiProperty() archived!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
}
