import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FIELD_LIMITS, SEXES, type Sex } from '@proprio/contracts';
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { EmptyToNull, IsDateOnly, NotInFuture, Trim } from '../../../core/validation/decorators.js';

export class CreatePatientDto {
  @ApiProperty({
    example: 'MRN-004217',
    maxLength: FIELD_LIMITS.patient.recordNumber,
    description: "The clinic's record number; unique in the clinic",
  })
  @Trim()
  @IsString()
  @Length(1, FIELD_LIMITS.patient.recordNumber)
  @Matches(/^[\p{L}\p{N}][\p{L}\p{N} ./_-]*$/u, { message: 'may contain letters, digits, spaces and . / _ - only' })
  recordNumber!: string;

  @ApiProperty({ example: 'Jordan', maxLength: FIELD_LIMITS.patient.name })
  @Trim()
  @IsString()
  @Length(1, FIELD_LIMITS.patient.name)
  givenName!: string;

  @ApiProperty({ example: 'Rivera', maxLength: FIELD_LIMITS.patient.name })
  @Trim()
  @IsString()
  @Length(1, FIELD_LIMITS.patient.name)
  familyName!: string;

  @ApiProperty({ example: '1999-04-12', format: 'date' })
  @IsDateOnly()
  @NotInFuture()
  dateOfBirth!: string;

  @ApiProperty({ enum: SEXES })
  @IsIn(SEXES)
  sex!: Sex;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'jordan@example.org' })
  @IsOptional()
  @EmptyToNull()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(FIELD_LIMITS.patient.email)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '+1 555 0100', maxLength: FIELD_LIMITS.patient.phone })
  @IsOptional()
  @EmptyToNull()
  @IsString()
  @Matches(/^[+0-9 ()./-]{3,40}$/, { message: 'must be a phone number (digits, spaces, + ( ) . / -)' })
  phone?: string | null;
}
