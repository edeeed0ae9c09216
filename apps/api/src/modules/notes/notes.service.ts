import { Injectable } from '@nestjs/common';
import type { RequestViewer } from '@api/auth/request-viewer';
import { badInput, forbidden, notFound } from '@api/common/app-errors';
import { AuditAction, AuditTargetType } from '@api/modules/audit/audit-action';
import { AuditedUnitOfWork } from '@api/modules/audit/audited-unit-of-work';
import { BulletinsService } from '@api/modules/bulletins/bulletins.service';
import type { AddBulletinNoteInput } from './dto/bulletin-note.inputs';
import type { BulletinNote } from './models/bulletin-note.model';
import { MAX_NOTES_PER_OFFICE, type NoteRow, NotesRepository } from './notes.repository';

interface OfficeMember {
  readonly userId: string;
  readonly organizationId: string;
}

function memberOf(viewer: RequestViewer): OfficeMember {
  if (!viewer.userId || !viewer.organizationId)
    throw forbidden("Notes are an office's members' own; an API key neither reads nor writes them.");
  return { userId: viewer.userId, organizationId: viewer.organizationId };
}

function toNote(row: NoteRow, member: OfficeMember): BulletinNote {
  return {
    id: row.id,
    bulletinId: row.bulletin_id,
    body: row.body,
    authorName: row.author_name,
    writtenByYou: row.author_user_id === member.userId,
    createdAt: row.created_at,
  };
}

/**
 * An office's notes on a bulletin: its members who may read the bulletin read and add them; the author deletes their
 * own. A bulletin the viewer may not read has no notes for them, and is NOT_FOUND as a missing one is (R15).
 */
@Injectable()
export class NotesService {
  constructor(
    private readonly notes: NotesRepository,
    private readonly bulletins: BulletinsService,
    private readonly audited: AuditedUnitOfWork,
  ) {}

  async list(viewer: RequestViewer, bulletinId: string): Promise<BulletinNote[]> {
    const member = memberOf(viewer);
    await this.requireReadable(viewer, bulletinId, AuditAction.BULLETIN_READ);
    const rows = await this.notes.list({ bulletinId, organizationId: member.organizationId });
    return rows.map((row) => toNote(row, member));
  }

  async add(viewer: RequestViewer, input: AddBulletinNoteInput): Promise<BulletinNote> {
    const member = memberOf(viewer);
    await this.requireReadable(viewer, input.bulletinId, AuditAction.BULLETIN_NOTE_ADDED);
    const office = { bulletinId: input.bulletinId, organizationId: member.organizationId };
    return this.audited.run(async (manager) => {
      if ((await this.notes.count(office, manager)) >= MAX_NOTES_PER_OFFICE)
        throw badInput(`At most ${MAX_NOTES_PER_OFFICE} notes of your office on one bulletin.`);
      const row = await this.notes.add(office, member.userId, input.body.trim(), manager);
      return {
        result: toNote(row, member),
        audit: {
          actor: viewer,
          action: AuditAction.BULLETIN_NOTE_ADDED,
          targetType: AuditTargetType.BULLETIN_NOTE,
          targetId: row.id,
          details: { bulletinId: input.bulletinId },
        },
      };
    });
  }

  /** Only its author deletes a note; another office's note, or one on a bulletin now hidden, is NOT_FOUND. */
  async delete(viewer: RequestViewer, id: string): Promise<boolean> {
    const member = memberOf(viewer);
    const row = await this.notes.one(id, member.organizationId);
    if (!row || !(await this.bulletins.mayRead(viewer, row.bulletin_id, AuditAction.BULLETIN_NOTE_DELETED)))
      throw notFound('Note');
    if (row.author_user_id !== member.userId) throw forbidden('Only its author can delete a note.');
    return this.audited.run(async (manager) => {
      if (!(await this.notes.delete(id, manager))) throw notFound('Note');
      return {
        result: true,
        audit: {
          actor: viewer,
          action: AuditAction.BULLETIN_NOTE_DELETED,
          targetType: AuditTargetType.BULLETIN_NOTE,
          targetId: id,
          details: { bulletinId: row.bulletin_id },
        },
      };
    });
  }

  private async requireReadable(viewer: RequestViewer, bulletinId: string, attempted: AuditAction): Promise<void> {
    if (!(await this.bulletins.mayRead(viewer, bulletinId, attempted))) throw notFound('Bulletin');
  }
}
