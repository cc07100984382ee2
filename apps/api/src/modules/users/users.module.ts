import { Module } from '@nestjs/common';
import { AuthModule } from '../../core/auth/auth.module.js';
import { MeController } from './me.controller.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [AuthModule],
  controllers: [UsersController, MeController],
  providers: [UsersService],
})
export class UsersModule {}
