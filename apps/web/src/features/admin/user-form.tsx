import { Checkbox, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ROLE_LABELS } from '@web/auth/permissions';
import type { Role, Tier } from '@web/graphql/generated/graphql';
import { tierWithin, vettingCap } from './admin-words';
import { ClearanceField } from './clearance-field';
import { FormDialog } from './form-dialog';
import { useDialogForm } from './use-dialog-form';

/** The roles an organization administrator grants, with what each adds, in words. */
const GRANTABLE: readonly { role: Role; adds: string }[] = [
  { role: 'VIEWER', adds: 'reads bulletins under their clearance, acknowledges them' },
  { role: 'ANALYST', adds: 'also writes drafts for the organization' },
  { role: 'PUBLISHER', adds: "also approves and publishes the organization's bulletins" },
  { role: 'ORG_ADMIN', adds: 'manages people, API keys, webhooks; reads the audit trail' },
];

export interface UserFormValues {
  readonly displayName: string;
  readonly email: string;
  readonly roles: Role[];
  readonly clearance: Tier;
}

interface UserFormProps {
  readonly title: string;
  readonly submitLabel: string;
  readonly initial: UserFormValues;
  /** Editing: the email is fixed (it is the account's sign-in name). */
  readonly emailFixed: boolean;
  readonly organization: { readonly name: string; readonly vettedTier: Tier };
  readonly onSubmit: (values: UserFormValues) => Promise<unknown>;
  readonly onClose: () => void;
}

/** Create or edit a person: name, email, roles and a clearance capped at the organization's vetting (R6). */
export function UserForm({ title, submitLabel, initial, emailFixed, organization, onSubmit, onClose }: UserFormProps) {
  const [values, setValues] = useState<UserFormValues>(initial);
  const set = (change: Partial<UserFormValues>) => setValues((current) => ({ ...current, ...change }));

  const nameProblem = values.displayName.trim() === '' ? 'Enter their name.' : null;
  const emailProblem = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim()) ? null : 'Enter an email address.';
  const rolesProblem = values.roles.length === 0 ? 'Choose at least one role.' : null;
  const form = useDialogForm({
    problems: [nameProblem, emailProblem, rolesProblem],
    send: () => onSubmit({ ...values, displayName: values.displayName.trim(), email: values.email.trim() }),
    onClose,
  });

  return (
    <FormDialog title={title} submitLabel={submitLabel} form={form}>
      <TextInput
        label="Name"
        required
        maxLength={200}
        value={values.displayName}
        error={form.tried ? nameProblem : null}
        onChange={(event) => set({ displayName: event.currentTarget.value })}
      />
      <TextInput
        label="Email"
        description={emailFixed ? 'Their sign-in name: it cannot be changed here.' : 'They sign in with it.'}
        type="email"
        required
        maxLength={254}
        disabled={emailFixed}
        value={values.email}
        error={form.tried ? emailProblem : null}
        onChange={(event) => set({ email: event.currentTarget.value })}
      />
      <Checkbox.Group
        label="Roles"
        description="What they may do. What they may read is decided by their clearance and each bulletin's sharing."
        value={values.roles}
        error={form.tried ? rolesProblem : null}
        onChange={(roles) => set({ roles: roles as Role[] })}
      >
        <Stack gap={6} mt={6}>
          {GRANTABLE.map(({ role, adds }) => (
            <Checkbox key={role} value={role} label={`${ROLE_LABELS[role]}: ${adds}`} />
          ))}
        </Stack>
      </Checkbox.Group>
      <ClearanceField
        value={values.clearance}
        onChange={(clearance) => set({ clearance })}
        ceiling={organization.vettedTier}
        why={vettingCap(`Your organization (${organization.name})`, organization.vettedTier)}
        aboveWords="above your organization's vetting"
        error={tierWithin(values.clearance, organization.vettedTier) ? null : 'Above your organization’s vetting.'}
      />
    </FormDialog>
  );
}
