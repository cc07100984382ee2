import { Module } from '@nestjs/common';

/** The signed-in user's clinic and its settings. */
@Module({
  controllers: [],
  providers: [],
})
export class ClinicsModule {}
