import { useMemo, useState } from 'react';
import type { DraftForm } from './draft-form';
import { parseIndicatorLines } from './indicator-lines';
import type { KnownOrganization } from './organization-select';
import { useRecipientCheck } from './use-recipient-check';

/**
 * What DraftFields needs beside the form, for the draft editor and the amend page alike: the names of the
 * organizations met so far, the pasted indicators as read, and whether the chosen recipients may receive the tier.
 */
export function useDraftFieldsState(form: DraftForm, knownAtStart: () => KnownOrganization[]) {
  const [names, setNames] = useState<KnownOrganization[]>(knownAtStart);
  const remember = (chosen: KnownOrganization[]) =>
    setNames((current) => [...current, ...chosen.filter((c) => !current.some((known) => known.id === c.id))]);
  const paste = useMemo(() => parseIndicatorLines(form.indicatorsText), [form.indicatorsText]);
  const chosenRecipients = useMemo(
    () => [...form.recipientOrganizationIds, ...form.recipientUserIds],
    [form.recipientOrganizationIds, form.recipientUserIds],
  );
  const recipientCheck = useRecipientCheck(form.tier, chosenRecipients);
  return { names, remember, paste, recipientCheck };
}
