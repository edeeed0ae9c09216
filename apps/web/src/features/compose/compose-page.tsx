import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { toApiError } from '@web/api/to-api-error';
import { useViewer } from '@web/auth/viewer';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { NotFoundPage } from '@web/components/not-found-page';
import { useDocumentTitle } from '@web/components/use-document-title';
import { statusInWords } from '@web/features/bulletin/bulletin-words';
import { DRAFT_FOR_EDITING } from './compose-query';
import { useDraftApi } from './draft-api';
import { DraftEditor, type EditorViewer } from './draft-editor';

const NOT_FOUND_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND']);

/**
 * /compose (a new draft) and /bulletins/:id/edit (a saved one). A new draft's first save moves the address to its
 * edit page, so a reload finds it; the editor stays as it is through that move.
 */
export function ComposePage() {
  const { id } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const api = useDraftApi();
  const viewer = useViewer().data?.viewer;
  /** The draft this page's new-draft editor created: its edit address keeps that editor, not a reload of it. */
  const [createdHere, setCreatedHere] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const [seenLocation, setSeenLocation] = useState(location.key);

  // A new visit to /compose ("Write another" after a draft started here) gets a fresh editor. Adjusted while
  // rendering, as React recommends for state that follows a prop, so the old editor never shows at the new address.
  if (location.key !== seenLocation) {
    setSeenLocation(location.key);
    if (!id && createdHere) {
      setCreatedHere(null);
      setGeneration((n) => n + 1);
    }
  }

  const editing = id !== undefined && id !== createdHere;
  useDocumentTitle(editing ? 'Edit draft' : 'Write a bulletin');
  if (!viewer) return <LoadingState label="Opening the editor…" />;
  const writer: EditorViewer = { organization: viewer.organization, clearance: viewer.clearance };

  if (editing) return <ExistingDraft key={id} id={id} viewer={writer} />;
  return (
    <DraftEditor
      key={`new-${generation}`}
      api={api}
      viewer={writer}
      initial={null}
      onCreated={(created) => {
        setCreatedHere(created);
        void navigate(`/bulletins/${created}/edit`, { replace: true });
      }}
    />
  );
}

function ExistingDraft({ id, viewer }: { id: string; viewer: EditorViewer }) {
  const api = useDraftApi();
  const { data, error, loading, refetch } = useQuery(DRAFT_FOR_EDITING, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const draft = data?.bulletin;
  const problem = error ? toApiError(error) : null;
  if (draft?.status === 'DRAFT')
    return <DraftEditor api={api} viewer={viewer} initial={draft} onCreated={() => undefined} />;
  if (draft)
    return <NotADraft id={draft.id} title={draft.title} status={statusInWords(draft.status, null, new Date())} />;
  if (data !== undefined || (problem && NOT_FOUND_CODES.has(problem.code))) return <NotFoundPage what="bulletin" />;
  if (error)
    return (
      <Stack>
        <Title order={1}>Edit draft</Title>
        <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />
      </Stack>
    );
  return loading ? <LoadingState label="Opening the draft…" /> : null;
}

function NotADraft({ id, title, status }: { id: string; title: string; status: string }) {
  return (
    <Stack gap="sm" maw={560} py="xl">
      <Title order={1}>This is no longer a draft</Title>
      <Text>
        “{title}” is {status.toLowerCase()}, so it cannot be edited here.
      </Text>
      <div>
        <Button component={Link} to={`/bulletins/${id}`} variant="default">
          Open the bulletin
        </Button>
      </div>
      <Anchor component={Link} to="/drafts" size="sm">
        Back to my drafts
      </Anchor>
    </Stack>
  );
}
