import { ApiProperty } from '@nestjs/swagger';
import { PROFESSIONAL_TITLE_MAX_LENGTH, ROLES, type Role, type User } from '@proprio/contracts';

/** What the API shows of a user: never the password hash or token data. */
export class UserResponseDto implements User {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({
    type: String,
    nullable: true,
    maxLength: PROFESSIONAL_TITLE_MAX_LENGTH,
    description: 'Printed with the signature on signed notes; null: none given',
  })
  professionalTitle!: string | null;
  @ApiProperty() disabled!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
}

export class UserPageDto {
  @ApiProperty({ type: [UserResponseDto] }) items!: UserResponseDto[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}
