import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountToken, countRows, createApiKey, publishBulletin, startTestApp, type TestApp } from '@bulwark/testing';

const NOTES = 'query ($bulletinId: ID!) { bulletinNotes(bulletinId: $bulletinId) { id body authorName writtenByYou } }';
const ADD =
  'mutation ($input: AddBulletinNoteInput!) { addBulletinNote(input: $input) { id bulletinId body authorName writtenByYou createdAt } }';
const DELETE = 'mutation ($input: BulletinNoteIdInput!) { deleteBulletinNote(input: $input) }';

interface Note {
  id: string;
  body: string;
  authorName: string;
  writtenByYou: boolean;
}

describe("an office's notes on a bulletin", () => {
  let t: TestApp;
  let bulletinId: string;
  beforeAll(async () => {
    t = await startTestApp();
    bulletinId = (
      await publishBulletin(t, { tier: 'AMBER', recipientOrganizations: ['GA-SOS'], jurisdictions: ['GA'] })
    ).id;
  });
  afterAll(() => t.close());

  const token = (email: string) => accountToken(t, email);
  const notesOf = async (email: string, id = bulletinId) =>
    (await t.gql.data<{ bulletinNotes: Note[] }>(NOTES, { bulletinId: id }, { token: await token(email) }))
      .bulletinNotes;
  const add = async (email: string, body: string, id = bulletinId) =>
    (
      await t.gql.data<{ addBulletinNote: Note }>(
        ADD,
        { input: { bulletinId: id, body } },
        { token: await token(email) },
      )
    ).addBulletinNote;

  it("are read by the office's members who may read the bulletin, oldest first, and by no other office", async () => {
    const first = await add('official@ga.demo', '  Forwarded to our IT vendor.  ');
    expect(first).toMatchObject({ body: 'Forwarded to our IT vendor.', writtenByYou: true });
    await add('admin@ga.demo', 'Poll-book laptops patched.');

    const seenByAdmin = await notesOf('admin@ga.demo');
    expect(seenByAdmin.map((note) => [note.body, note.writtenByYou])).toEqual([
      ['Forwarded to our IT vendor.', false],
      ['Poll-book laptops patched.', true],
    ]);
    expect(seenByAdmin[0]?.authorName).not.toBe('');
    // Fulton County reads the bulletin (Georgia's child), but its notes are its own.
    expect(await notesOf('clerk@fulton.ga.demo')).toEqual([]);
    await add('clerk@fulton.ga.demo', 'Checked our sensors.');
    expect((await notesOf('official@ga.demo')).map((note) => note.body)).not.toContain('Checked our sensors.');
  });

  it('are NOT_FOUND, as a missing bulletin is, for whoever may not read the bulletin, and the attempt is recorded', async () => {
    const pa = await token('official@pa.demo');
    expect(await t.gql.errorCode(NOTES, { bulletinId }, { token: pa })).toBe('NOT_FOUND');
    expect(await t.gql.errorCode(NOTES, { bulletinId: '00000000-0000-4000-8000-000000000000' }, { token: pa })).toBe(
      'NOT_FOUND',
    );
    const before = await countRows(t, 'SELECT count(*) FROM bulletin_notes');
    expect(await t.gql.errorCode(ADD, { input: { bulletinId, body: 'leak?' } }, { token: pa })).toBe('NOT_FOUND');
    expect(await countRows(t, 'SELECT count(*) FROM bulletin_notes')).toBe(before);
    const denied: { details: Record<string, unknown> }[] = await t.dataSource.query(
      `SELECT details FROM audit_events WHERE target_id = $1 AND outcome = 'DENIED' ORDER BY position`,
      [bulletinId],
    );
    expect(denied.map((row) => row.details)).toEqual([
      { attempted: 'BULLETIN_READ' },
      { attempted: 'BULLETIN_NOTE_ADDED' },
    ]);
  });

  it('are deleted by their author only, on the record', async () => {
    const note = await add('official@ga.demo', 'Called the county.');
    const input = { input: { id: note.id } };
    expect(await t.gql.errorCode(DELETE, input, { token: await token('admin@ga.demo') })).toBe('FORBIDDEN');
    expect(await t.gql.errorCode(DELETE, input, { token: await token('clerk@fulton.ga.demo') })).toBe('NOT_FOUND');
    expect(await t.gql.data(DELETE, input, { token: await token('official@ga.demo') })).toEqual({
      deleteBulletinNote: true,
    });
    expect((await notesOf('official@ga.demo')).map((n) => n.body)).not.toContain('Called the county.');
    const trail: { action: string; actor_user_id: string; details: Record<string, unknown> }[] =
      await t.dataSource.query(
        `SELECT action, details FROM audit_events WHERE target_id = $1 AND outcome = 'ALLOWED' ORDER BY position`,
        [note.id],
      );
    expect(trail.map((row) => [row.action, row.details])).toEqual([
      ['BULLETIN_NOTE_ADDED', { bulletinId }],
      ['BULLETIN_NOTE_DELETED', { bulletinId }],
    ]);
  });

  it('refuse a blank or overlong note with a typed error and write nothing', async () => {
    const ga = await token('official@ga.demo');
    const before = await countRows(t, 'SELECT count(*) FROM bulletin_notes');
    for (const body of ['', '   ', 'x'.repeat(2001)]) {
      expect(await t.gql.errorCode(ADD, { input: { bulletinId, body } }, { token: ga })).toBe('BAD_USER_INPUT');
    }
    expect(await countRows(t, 'SELECT count(*) FROM bulletin_notes')).toBe(before);
  });

  it('are for people: an API key neither reads nor writes them', async () => {
    const key = await createApiKey(t, await token('admin@ga.demo'), { clearance: 'AMBER' });
    expect(await t.gql.errorCode(NOTES, { bulletinId }, { apiKey: key.secret })).toBe('FORBIDDEN');
    expect(await t.gql.errorCode(ADD, { input: { bulletinId, body: 'x' } }, { apiKey: key.secret })).toBe('FORBIDDEN');
  });
});
