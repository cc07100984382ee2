import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { CreateEpisodeDto } from './create-episode.dto.js';

/**
 * Any subset of the episode's fields plus the version read. A surgery date before the injury date is
 * also refused by the database when only one of the two is sent.
 */
export class UpdateEpisodeDto extends PartialType(CreateEpisodeDto, { skipNullProperties: false }) {
  @ApiProperty({ minimum: 1, example: 1 })
  @IsInt()
  @Min(1)
  version!: number;
}
