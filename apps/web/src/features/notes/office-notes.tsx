import { useMutation, useQuery } from '@apollo/client/react';
import { Box, Button, Group, Paper, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { hasPermission } from '@web/auth/permissions';
import { useViewer } from '@web/auth/viewer';
import { DateTime } from '@web/components/date-time';
import { ErrorNotice } from '@web/components/error-notice';
import type { OfficeNoteFieldsFragment } from '@web/graphql/generated/graphql';
import { ADD_OFFICE_NOTE, DELETE_OFFICE_NOTE, NOTE_MAX_LENGTH, OFFICE_NOTES } from './notes-query';
import classes from './office-notes.module.css';

/**
 * What the reader's office did about this bulletin ("forwarded to our IT vendor", "laptops patched"): a log its
 * members share, which no other office sees. Shown to people who may keep notes; an API key has none.
 */
export function OfficeNotes({ bulletinId }: { bulletinId: string }) {
  const viewer = useViewer().data?.viewer;
  if (!viewer?.user || !hasPermission(viewer, 'BULLETIN_NOTE')) return null;
  return <NotesPanel bulletinId={bulletinId} office={viewer.organization?.name ?? 'your office'} />;
}

function NotesPanel({ bulletinId, office }: { bulletinId: string; office: string }) {
  const { data, error } = useQuery(OFFICE_NOTES, { variables: { bulletinId } });
  const notes = data?.bulletinNotes ?? [];
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="notes-heading">
      <Text fw={700} id="notes-heading">
        Notes for {office}
      </Text>
      <Text size="sm" c="dimmed">
        What your office did about this bulletin. Only your office&apos;s members see these notes.
      </Text>
      {error && <ErrorNotice error={error} />}
      {notes.length > 0 && (
        <Box mt="xs">
          <ul className={classes['notes']} aria-label="Notes">
            {notes.map((note) => (
              <NoteItem key={note.id} note={note} bulletinId={bulletinId} />
            ))}
          </ul>
        </Box>
      )}
      <AddNoteForm bulletinId={bulletinId} />
    </Paper>
  );
}

function NoteItem({ note, bulletinId }: { note: OfficeNoteFieldsFragment; bulletinId: string }) {
  const [confirming, setConfirming] = useState(false);
  const [remove, { loading, error }] = useMutation(DELETE_OFFICE_NOTE, {
    refetchQueries: [{ query: OFFICE_NOTES, variables: { bulletinId } }],
    awaitRefetchQueries: true,
  });
  return (
    <li className={classes['note']}>
      <Text className={classes['body']}>{note.body}</Text>
      <Group gap="xs" mt={2}>
        <Text size="sm" c="dimmed">
          {note.writtenByYou ? 'You' : note.authorName}, <DateTime value={note.createdAt} />
        </Text>
        {note.writtenByYou &&
          (confirming ? (
            <Group gap={4}>
              <Button
                size="compact-sm"
                color="red"
                variant="light"
                loading={loading}
                onClick={() => void remove({ variables: { id: note.id } }).catch(() => undefined)}
              >
                Delete this note
              </Button>
              <Button size="compact-sm" variant="subtle" onClick={() => setConfirming(false)}>
                Keep it
              </Button>
            </Group>
          ) : (
            <Button size="compact-sm" variant="subtle" color="gray" onClick={() => setConfirming(true)}>
              Delete
            </Button>
          ))}
      </Group>
      {error && <ErrorNotice error={error} />}
    </li>
  );
}

function AddNoteForm({ bulletinId }: { bulletinId: string }) {
  const [body, setBody] = useState('');
  const [add, { loading, error }] = useMutation(ADD_OFFICE_NOTE, {
    refetchQueries: [{ query: OFFICE_NOTES, variables: { bulletinId } }],
    awaitRefetchQueries: true,
  });
  const blank = body.trim().length === 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (blank) return;
    void add({ variables: { input: { bulletinId, body } } })
      .then(() => setBody(''))
      .catch(() => undefined);
  };
  return (
    <Box component="form" onSubmit={submit} mt="sm">
      <Textarea
        label="Add a note"
        description={`For example: forwarded to our IT vendor; poll-book laptops patched; nothing needed. ${body.length.toLocaleString('en-US')} of ${NOTE_MAX_LENGTH.toLocaleString('en-US')} characters.`}
        value={body}
        onChange={(event) => setBody(event.currentTarget.value)}
        maxLength={NOTE_MAX_LENGTH}
        autosize
        minRows={2}
        maxRows={8}
      />
      <Group mt="xs">
        <Button type="submit" loading={loading} disabled={blank}>
          Add note
        </Button>
      </Group>
      {error && <ErrorNotice error={error} />}
    </Box>
  );
}
