import { ApiPropertyOptional } from '@nestjs/swagger';
import { FIELD_LIMITS, ROLES, type Role } from '@proprio/contracts';
import { IsBoolean, IsIn, IsString, Length } from 'class-validator';
import { IsOptionalButNotNull, Trim } from '../../../core/validation/decorators.js';
import { VersionDto } from '../../../core/validation/version.dto.js';
import { ProfessionalTitle, PROFESSIONAL_TITLE_API_PROPERTY } from './professional-title.js';

export class UpdateUserDto extends VersionDto {
  @ApiPropertyOptional({ maxLength: FIELD_LIMITS.user.displayName })
  @IsOptionalButNotNull()
  @Trim()
  @IsString()
  @Length(1, FIELD_LIMITS.user.displayName)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptionalButNotNull()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional(PROFESSIONAL_TITLE_API_PROPERTY)
  @ProfessionalTitle()
  professionalTitle?: string | null;

  @ApiPropertyOptional({ description: 'Disabling ends all of the user’s sessions at once' })
  @IsOptionalButNotNull()
  @IsBoolean()
  disabled?: boolean;
}
