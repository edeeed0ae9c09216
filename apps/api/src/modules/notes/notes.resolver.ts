import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@bulwark/domain';
import { Requires } from '@api/auth/access-rule.decorator';
import { CurrentViewer } from '@api/auth/current-viewer.decorator';
import type { RequestViewer } from '@api/auth/request-viewer';
import { UuidArg } from '@api/graphql/uuid-arg.pipe';
import { AddBulletinNoteInput, BulletinNoteIdInput } from './dto/bulletin-note.inputs';
import { BulletinNote } from './models/bulletin-note.model';
import { MAX_NOTES_PER_OFFICE } from './notes.repository';
import { NotesService } from './notes.service';

@Resolver(() => BulletinNote)
export class NotesResolver {
  constructor(private readonly service: NotesService) {}

  @Requires(Permission.BULLETIN_NOTE)
  @Query(() => [BulletinNote], {
    description: `Your office's notes on a bulletin you may read, oldest first (at most ${MAX_NOTES_PER_OFFICE}). NOT_FOUND for a bulletin you may not read.`,
  })
  bulletinNotes(
    @CurrentViewer() viewer: RequestViewer,
    @Args('bulletinId', { type: () => ID }, UuidArg) bulletinId: string,
  ): Promise<BulletinNote[]> {
    return this.service.list(viewer, bulletinId);
  }

  @Requires(Permission.BULLETIN_NOTE)
  @Mutation(() => BulletinNote, {
    description: "Adds a note for your office's members: what you did about the bulletin. Plain text.",
  })
  addBulletinNote(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: AddBulletinNoteInput,
  ): Promise<BulletinNote> {
    return this.service.add(viewer, input);
  }

  @Requires(Permission.BULLETIN_NOTE)
  @Mutation(() => Boolean, { description: 'Deletes a note you wrote.' })
  deleteBulletinNote(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: BulletinNoteIdInput,
  ): Promise<boolean> {
    return this.service.delete(viewer, input.id);
  }
}
