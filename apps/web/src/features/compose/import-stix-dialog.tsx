import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, FileInput, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { toApiError } from '@web/api/to-api-error';
import { ErrorNotice } from '@web/components/error-notice';
import { TLP } from '@web/components/tlp/tlp';
import { TlpBadge } from '@web/components/tlp/tlp-badge';
import type { StixImportPreviewQuery } from '@web/graphql/generated/graphql';
import { recipientsNeeded } from './draft-form';
import { RecipientPicker } from './recipient-picker';
import {
  bundleFileProblem,
  bundleTextProblem,
  groupSkipped,
  requestLimitHint,
  requestTooLarge,
} from './stix-bundle-file';
import { IMPORT_STIX_BUNDLE, STIX_IMPORT_LIMIT, STIX_IMPORT_PREVIEW } from './stix-import-query';
import { useRecipientCheck } from './use-recipient-check';

type Preview = StixImportPreviewQuery['stixImportPreview'];

interface Read {
  readonly json: string;
  readonly preview: Preview;
}

/** "Import a STIX bundle", beside "Write a bulletin": opens the dialog below. */
export function ImportStixButton() {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        Import a STIX bundle
      </Button>
      {opened && <ImportStixDialog onClose={() => setOpened(false)} />}
    </>
  );
}

/**
 * A STIX bundle (a .json file from another threat-sharing system) made into a draft: the API reads it first and says
 * what the draft will be and what it leaves out; the writer chooses recipients where the tier needs them; then the
 * draft is made (never published) and opened for review.
 */
export function ImportStixDialog({ onClose }: { onClose: () => void }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const maxRequestBytes = useQuery(STIX_IMPORT_LIMIT).data?.serverInfo.maxRequestBytes;
  const [file, setFile] = useState<File | null>(null);
  const [read, setRead] = useState<Read | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [organizationIds, setOrganizationIds] = useState<string[]>([]);
  const [userIds, setUserIds] = useState<string[]>([]);
  /** The file being read: an answer about an earlier choice is dropped. */
  const latest = useRef<File | null>(null);

  const tier = read?.preview.tier ?? 'CLEAR';
  const needs = recipientsNeeded(tier);
  const chosen = useMemo(() => [...organizationIds, ...userIds], [organizationIds, userIds]);
  const check = useRecipientCheck(tier, chosen);
  const ready =
    read !== null &&
    !busy &&
    check.unfit.length === 0 &&
    (needs === 'none' || (needs === 'organizations' ? organizationIds.length > 0 : userIds.length > 0));

  const choose = async (next: File | null) => {
    latest.current = next;
    setFile(next);
    setRead(null);
    setProblem(null);
    setError(null);
    setOrganizationIds([]);
    setUserIds([]);
    if (!next) return;
    const refused = bundleFileProblem(next);
    if (refused) {
      setProblem(refused);
      return;
    }
    setBusy(true);
    try {
      const json = await next.text();
      const tooLong = bundleTextProblem(next.name, json) ?? requestTooLarge(next.name, json, maxRequestBytes);
      if (tooLong) {
        if (latest.current === next) setProblem(tooLong);
        return;
      }
      const result = await client.query({ query: STIX_IMPORT_PREVIEW, variables: { json }, fetchPolicy: 'no-cache' });
      if (!result.data) throw toApiError(result.error ?? null);
      if (latest.current === next) setRead({ json, preview: result.data.stixImportPreview });
    } catch (caught) {
      if (latest.current === next) setError(caught);
    } finally {
      if (latest.current === next) setBusy(false);
    }
  };

  const create = async () => {
    if (!read) return;
    setBusy(true);
    setError(null);
    try {
      const result = await client.mutate({
        mutation: IMPORT_STIX_BUNDLE,
        variables: {
          input: {
            json: read.json,
            ...(organizationIds.length > 0 && { recipientOrganizationIds: organizationIds }),
            ...(userIds.length > 0 && { recipientUserIds: userIds }),
          },
        },
      });
      const id = result.data?.importStixBundle.bulletin.id;
      if (!id) throw toApiError(result.error ?? null);
      onClose();
      void navigate(`/bulletins/${id}/edit`);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title="Import a STIX bundle"
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack gap="md">
        <Text size="sm">
          Bring in a report from another threat-sharing system: a STIX 2.1 bundle saved as a .json file (OpenCTI, MISP
          and most threat-intelligence platforms export them). Bulwark makes a draft of it for you to check. Nothing is
          sent to anyone until the draft is published.
        </Text>
        <FileInput
          label="STIX bundle (.json)"
          description={maxRequestBytes === undefined ? undefined : requestLimitHint(maxRequestBytes)}
          placeholder="Choose a file"
          accept=".json,application/json"
          clearable
          clearButtonProps={{ 'aria-label': 'Remove the file' }}
          value={file}
          onChange={(next) => void choose(next)}
          disabled={busy && read !== null}
        />
        {busy && !read && <Text size="sm">Reading the bundle…</Text>}
        {problem && (
          <Text size="sm" c="red.8" role="alert">
            {problem}
          </Text>
        )}
        {read && <PreviewSummary preview={read.preview} />}
        {read && needs !== 'none' && (
          <RecipientPicker
            tier={tier}
            organizationIds={organizationIds}
            userIds={userIds}
            check={check}
            onChange={(organizations, users) => {
              setOrganizationIds(organizations);
              setUserIds(users);
            }}
          />
        )}
        {error !== null && <ErrorNotice error={error} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void create()} disabled={!ready} loading={busy && read !== null}>
            Make the draft
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** What the draft will be, and what of the bundle it leaves out, in the API's words. */
function PreviewSummary({ preview }: { preview: Preview }) {
  const skipped = groupSkipped(preview.skipped);
  const label = TLP[preview.tier].label;
  return (
    <Stack gap="xs" aria-label="What the draft will be" role="group">
      <Text fw={700}>“{preview.title}”</Text>
      <Group gap="xs">
        <TlpBadge tier={preview.tier} />
        <Text size="sm">The bundle is marked {label}, so the draft is too.</Text>
      </Group>
      <Text size="sm">
        {preview.indicatorCount === 0
          ? 'No indicators.'
          : preview.indicatorCount === 1
            ? '1 indicator (an address, domain, web link, file fingerprint or CVE number).'
            : `${preview.indicatorCount} indicators (addresses, domains, web links, file fingerprints, CVE numbers).`}
      </Text>
      {skipped.length === 0 ? (
        <Text size="sm">Everything in the bundle goes into the draft.</Text>
      ) : (
        <div>
          <Text size="sm" fw={700}>
            Left out of the draft ({preview.skipped.length})
          </Text>
          <Text size="sm" c="dimmed">
            Bulwark keeps a report’s text, its indicators and its TLP marking. These parts of the bundle are not copied:
          </Text>
          <List size="sm" aria-label="Left out of the draft">
            {skipped.map(({ reason, count }) => (
              <List.Item key={reason}>
                {reason}
                {count > 1 && ` (${count} of these)`}
              </List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}
