import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { graphql } from '@web/graphql/generated';
import { BODY_MAX } from './draft-form';

/** The API renders the Markdown exactly as the bulletin page will show it (raw HTML as text); nothing is saved. */
export const PREVIEW_BODY = graphql(`
  query PreviewBulletinBody($body: String!) {
    previewBulletinBody(body: $body)
  }
`);

/** Quiet time after the last keystroke before the preview is asked for. */
export const PREVIEW_DELAY_MS = 400;

export interface BodyPreview {
  /** The HTML for the text as last previewed; '' for no text; null before the first answer. */
  readonly html: string | null;
  /** The text has changed since the preview shown. */
  readonly updating: boolean;
  readonly error: unknown;
}

/**
 * A live preview of the body from the first keystroke, before the draft is ever saved: the text is sent to
 * `previewBulletinBody` once typing pauses, and the previous preview stays in view until the new one comes.
 */
export function useBodyPreview(body: string): BodyPreview {
  const [settled] = useDebouncedValue(body, PREVIEW_DELAY_MS);
  const empty = settled.trim() === '';
  const { data, previousData, error } = useQuery(PREVIEW_BODY, {
    variables: { body: settled },
    skip: empty || settled.length > BODY_MAX,
    fetchPolicy: 'cache-first',
  });
  if (body.trim() === '') return { html: '', updating: false, error: null };
  const shown = data ?? previousData;
  return {
    html: shown?.previewBulletinBody ?? null,
    updating: body !== settled || data === undefined,
    error: error ?? null,
  };
}
