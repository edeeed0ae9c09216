import { Module } from '@nestjs/common';
import { AuditModule } from '@api/modules/audit/audit.module';
import { BulletinsModule } from '@api/modules/bulletins/bulletins.module';
import { NotesRepository } from './notes.repository';
import { NotesResolver } from './notes.resolver';
import { NotesService } from './notes.service';

@Module({
  imports: [BulletinsModule, AuditModule],
  providers: [NotesResolver, NotesService, NotesRepository],
})
export class NotesModule {}
