import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Kysely } from 'kysely';
import { type DB, run, runFirst, sqlOf } from '@api/database/typed-sql';

/** At most this many notes of one office on one bulletin: the list is read whole. */
export const MAX_NOTES_PER_OFFICE = 200;

/** One office's notes on one bulletin. */
export interface NotesOf {
  readonly bulletinId: string;
  readonly organizationId: string;
}

const noteColumns = [
  'n.id',
  'n.bulletin_id',
  'n.body',
  'n.author_user_id',
  'u.display_name as author_name',
  'n.created_at',
] as const;

/** One office's notes, with their authors' names: every read of notes starts here. */
function officeNotes(db: Kysely<DB>, organizationId: string) {
  return db
    .selectFrom('bulletin_notes as n')
    .innerJoin('users as u', 'u.id', 'n.author_user_id')
    .select(noteColumns)
    .where('n.organization_id', '=', organizationId);
}

const noteQuery = (id: string, organizationId: string) =>
  sqlOf((db) => officeNotes(db, organizationId).where('n.id', '=', id));

/** Notes, always read and written for one office: no query here reads another organization's. */
@Injectable()
export class NotesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Oldest first, as a log of what the office did. */
  list({ bulletinId, organizationId }: NotesOf) {
    return run(
      this.dataSource,
      sqlOf((db) =>
        officeNotes(db, organizationId)
          .where('n.bulletin_id', '=', bulletinId)
          .orderBy('n.created_at')
          .orderBy('n.id')
          .limit(MAX_NOTES_PER_OFFICE),
      ),
    );
  }

  async count({ bulletinId, organizationId }: NotesOf, manager: EntityManager): Promise<number> {
    const row = await runFirst(
      manager,
      sqlOf((db) =>
        db
          .selectFrom('bulletin_notes')
          .select((eb) => eb.cast<number>(eb.fn.countAll(), 'integer').as('notes'))
          .where('bulletin_id', '=', bulletinId)
          .where('organization_id', '=', organizationId),
      ),
    );
    return row?.notes ?? 0;
  }

  async add(office: NotesOf, authorUserId: string, body: string, manager: EntityManager) {
    const inserted = await runFirst(
      manager,
      sqlOf((db) =>
        db
          .insertInto('bulletin_notes')
          .values({
            bulletin_id: office.bulletinId,
            organization_id: office.organizationId,
            author_user_id: authorUserId,
            body,
          })
          .returning('id'),
      ),
    );
    const note = inserted && (await runFirst(manager, noteQuery(inserted.id, office.organizationId)));
    if (!note) throw new Error('The note just written cannot be read back.');
    return note;
  }

  /** The note, if it is this office's. */
  one(id: string, organizationId: string) {
    return runFirst(this.dataSource, noteQuery(id, organizationId));
  }

  /** False when it was gone already. */
  async delete(id: string, manager: EntityManager): Promise<boolean> {
    const deleted = await run(
      manager,
      sqlOf((db) => db.deleteFrom('bulletin_notes').where('id', '=', id).returning('id')),
    );
    return deleted.length > 0;
  }
}

/** A note as the repository reads it. */
export type NoteRow = NonNullable<Awaited<ReturnType<NotesRepository['one']>>>;
