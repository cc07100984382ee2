import { ApiPropertyOptional } from '@nestjs/swagger';
import { EQUIPMENT, SKILLS, STANDARD_PHASES, type Equipment, type Skill, type StandardPhase } from '@proprio/clinical';
import type { ExerciseSource } from '@proprio/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Trim } from '../../../core/validation/decorators.js';
import { PageQueryDto } from '../../../core/validation/page-query.dto.js';

export const EXERCISE_SOURCES: readonly ExerciseSource[] = ['seeded', 'clinic'];

/** `?skill=a&skill=b` arrives as an array, `?skill=a` as a string: both become a list. */
const AsList = () =>
  Transform(({ value }: { value: unknown }) => (value === undefined || Array.isArray(value) ? value : [value]));

const AsBoolean = () =>
  Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value));

export class ExerciseQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Words that must all appear in the name' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: SKILLS, isArray: true, description: 'Repeatable; the exercise trains every one' })
  @IsOptional()
  @AsList()
  @IsArray()
  @ArrayMaxSize(SKILLS.length)
  @IsIn(SKILLS, { each: true, message: `must each be one of ${SKILLS.join(', ')}` })
  skill?: Skill[];

  @ApiPropertyOptional({
    enum: EQUIPMENT,
    isArray: true,
    description:
      'Repeatable. Without availableOnly the exercise uses every item given; with availableOnly=true it needs ' +
      'nothing outside the list (no items given: exercises that need no equipment)',
  })
  @IsOptional()
  @AsList()
  @IsArray()
  @ArrayMaxSize(EQUIPMENT.length)
  @IsIn(EQUIPMENT, { each: true, message: `must each be one of ${EQUIPMENT.join(', ')}` })
  equipment?: Equipment[];

  @ApiPropertyOptional({ default: false, description: 'Treat `equipment` as what is available' })
  @IsOptional()
  @AsBoolean()
  @IsBoolean()
  availableOnly: boolean = false;

  @ApiPropertyOptional({
    enum: STANDARD_PHASES,
    isArray: true,
    description: 'Repeatable; the exercise suits every one',
  })
  @IsOptional()
  @AsList()
  @IsArray()
  @ArrayMaxSize(STANDARD_PHASES.length)
  @IsIn(STANDARD_PHASES, { each: true, message: `must each be one of ${STANDARD_PHASES.join(', ')}` })
  phase?: StandardPhase[];

  @ApiPropertyOptional({ enum: EXERCISE_SOURCES, description: 'Only the seeded catalogue, or only your own' })
  @IsOptional()
  @IsIn(EXERCISE_SOURCES)
  source?: ExerciseSource;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @AsBoolean()
  @IsBoolean()
  includeArchived: boolean = false;
}
