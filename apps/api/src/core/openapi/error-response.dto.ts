import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_CODES, type ErrorCode } from '@proprio/contracts';

export class FieldIssueDto {
  @ApiProperty({ example: 'dateOfBirth', description: 'Dotted path of the offending field' })
  field!: string;

  @ApiProperty({ example: 'must be a calendar date written YYYY-MM-DD' })
  issue!: string;
}

/** The one error shape of every failure. */
export class ErrorResponseDto {
  @ApiProperty({ example: 400 })
  statusCode!: number;

  @ApiProperty({ enum: ERROR_CODES, example: 'VALIDATION_FAILED' })
  code!: ErrorCode;

  @ApiProperty({ example: 'The request has invalid fields.' })
  message!: string;

  @ApiPropertyOptional({ type: [FieldIssueDto] })
  details?: FieldIssueDto[];

  @ApiProperty({ example: '0f8fad5b-d9cb-469f-a165-70867728950e', description: 'Quote it when reporting a problem' })
  correlationId!: string;
}
