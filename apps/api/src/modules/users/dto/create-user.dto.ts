import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FIELD_LIMITS, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, ROLES, type Role } from '@proprio/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, Length, MaxLength } from 'class-validator';
import { Trim } from '../../../core/validation/decorators.js';
import { ProfessionalTitle, PROFESSIONAL_TITLE_API_PROPERTY } from './professional-title.js';

export class CreateUserDto {
  @ApiProperty({ example: 'new.therapist@clinic.example' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(FIELD_LIMITS.user.email)
  email!: string;

  @ApiProperty({ example: 'Alex Morgan, PT', maxLength: FIELD_LIMITS.user.displayName })
  @Trim()
  @IsString()
  @Length(1, FIELD_LIMITS.user.displayName)
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional(PROFESSIONAL_TITLE_API_PROPERTY)
  @ProfessionalTitle()
  professionalTitle?: string | null;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, format: 'password' })
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)
  password!: string;
}
