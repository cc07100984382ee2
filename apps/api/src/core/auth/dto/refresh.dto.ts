import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** Browsers send the refresh token as an HttpOnly cookie; other clients may send it in the body. */
export class RefreshDto {
  @ApiPropertyOptional({ description: 'Omit when the proprio_refresh cookie is sent' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}
