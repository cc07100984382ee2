import { ApiPropertyOptional } from '@nestjs/swagger';
import { PROTOCOL_KEY_PATTERN } from '@proprio/clinical';
import { IsOptional, IsString, Matches } from 'class-validator';
import { Trim } from '../../../../core/validation/decorators.js';

export class RtsReportQueryDto {
  @ApiPropertyOptional({
    example: 'delaware',
    pattern: PROTOCOL_KEY_PATTERN.source,
    description:
      "A return-to-sport criteria set of the programme's protocol (the seeded protocol has delaware, kyritsis, " +
      "melbourne and clinic); defaults to the programme's chosen set. A set the protocol does not have is a 400 naming `set`.",
  })
  @IsOptional()
  @Trim()
  @IsString()
  @Matches(PROTOCOL_KEY_PATTERN, {
    message: 'must be a criteria-set key such as delaware, kyritsis, melbourne or clinic',
  })
  set?: string;
}
