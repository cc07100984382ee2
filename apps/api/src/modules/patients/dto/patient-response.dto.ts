import { ApiProperty } from '@nestjs/swagger';
import { SEXES, type Patient, type Sex } from '@proprio/contracts';

export class PatientResponseDto implements Patient {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() recordNumber!: string;
  @ApiProperty() givenName!: string;
  @ApiProperty() familyName!: string;
  @ApiProperty({ format: 'date' }) dateOfBirth!: string;
  @ApiProperty({ enum: SEXES }) sex!: Sex;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty() archived!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ description: 'Send it back unchanged with an update' }) version!: number;
}

export class PatientPageDto {
  @ApiProperty({ type: [PatientResponseDto] }) items!: PatientResponseDto[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}
