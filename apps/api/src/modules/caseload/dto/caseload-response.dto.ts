import { ApiProperty } from '@nestjs/swagger';
import { INVOLVED_SIDES, type CaseloadEntry } from '@proprio/contracts';

export class LatestHopLsiDto {
  @ApiProperty({ example: 'hop_single', description: 'The hop test' }) type!: string;
  @ApiProperty({ description: 'LSI, percent' }) value!: number;
  @ApiProperty({ format: 'date' }) date!: string;
}

export class CaseloadEntryDto implements CaseloadEntry {
  @ApiProperty({ format: 'uuid' }) patientId!: string;
  @ApiProperty() patientName!: string;
  @ApiProperty() recordNumber!: string;
  @ApiProperty({ format: 'uuid' }) episodeId!: string;
  @ApiProperty({ enum: INVOLVED_SIDES }) involvedSide!: 'left' | 'right';
  @ApiProperty({ example: 'p2' }) phaseKey!: string;
  @ApiProperty() phaseName!: string;
  @ApiProperty({ format: 'date' }) phaseStartedOn!: string;
  @ApiProperty({ type: Number, nullable: true }) weeksSinceSurgery!: number | null;
  @ApiProperty({
    type: LatestHopLsiDto,
    nullable: true,
    description: 'The latest single-hop LSI, else the latest of any hop test',
  })
  latestHopLsi!: LatestHopLsiDto | null;
  @ApiProperty({
    type: [String],
    description: "Labels of the current phase's exit criteria not yet met (not met or not measured)",
  })
  unmetCriteria!: string[];
  @ApiProperty({ type: String, format: 'date', nullable: true }) lastAssessmentOn!: string | null;
  @ApiProperty({ description: 'No test session within RETEST_INTERVAL_DAYS (28)' }) dueForRetest!: boolean;
  @ApiProperty({ description: 'Visits after the period of the last signed progress report (all visits before one)' })
  visitsSinceLastProgressNote!: number;
  @ApiProperty({
    description:
      "A progress report is due: the clinic's visit interval (10 by default) or its calendar-day limit is reached",
  })
  dueForProgressNote!: boolean;
  @ApiProperty({ description: 'In the current phase longer than its typical upper bound plus STALL_GRACE_WEEKS (4)' })
  stalled!: boolean;
}

export class CaseloadPageDto {
  @ApiProperty({ type: [CaseloadEntryDto] }) items!: CaseloadEntryDto[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}
