import { Checkbox, Input, Text } from '@mantine/core';
import { TLP } from '@web/components/tlp/tlp';
import type { OrganizationKind, Tier } from '@web/graphql/generated/graphql';
import type { RecipientOption } from './incident-query';
import { FIELD_IDS, mayReceive } from './report-form';
import classes from './incidents.module.css';

interface Group {
  readonly title: string;
  readonly kinds: readonly OrganizationKind[];
}

/** The offices a report can go to, grouped as a clerk thinks of them. */
const GROUPS: readonly Group[] = [
  { title: 'Your state', kinds: ['STATE', 'LOCAL'] },
  { title: 'Election security centers (ISACs)', kinds: ['ISAC'] },
  { title: 'Federal agencies', kinds: ['FEDERAL'] },
];

const grouped = new Set(GROUPS.flatMap((group) => group.kinds));

interface RecipientChoiceProps {
  readonly options: readonly RecipientOption[];
  readonly value: readonly string[];
  readonly tier: Tier;
  /** The ones chosen for the reporter when the form opened: said so, so nothing is sent anywhere unnoticed. */
  readonly defaults: readonly string[];
  readonly error: string | undefined;
  readonly onChange: (ids: string[]) => void;
}

/**
 * Whom the report goes to: the offices the API offers this reporter, each a checkbox. An office not vetted for the
 * chosen sharing level is shown but cannot be ticked, with the reason.
 */
export function RecipientChoice({ options, value, tier, defaults, error, onChange }: RecipientChoiceProps) {
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...value.filter((chosen) => chosen !== id), id] : value.filter((chosen) => chosen !== id));
  const groups = [
    ...GROUPS,
    { title: 'Other offices', kinds: [...new Set(options.map((o) => o.kind))].filter((k) => !grouped.has(k)) },
  ]
    .map((group) => ({ ...group, options: options.filter((option) => group.kinds.includes(option.kind)) }))
    .filter((group) => group.options.length > 0);
  const defaultNames = groups
    .flatMap((group) => group.options)
    .filter((option) => defaults.includes(option.id))
    .map((option) => option.name);
  const errorId = `${FIELD_IDS.recipients}-error`;

  return (
    <Input.Wrapper
      id={FIELD_IDS.recipients}
      label="Who receives it"
      description="Only the offices you tick, and your own office, can read this report."
      required
      error={error}
      errorProps={{ id: errorId }}
      labelElement="div"
      tabIndex={-1}
    >
      {options.length === 0 ? (
        <Text size="sm" mt="xs">
          No office accepts incident reports from yours yet. Ask your Bulwark administrator, or call your state election
          office.
        </Text>
      ) : (
        <div className={classes['recipientGroups']} role="group" aria-label="Who receives it">
          {defaultNames.length > 0 && (
            <Text className={classes['defaultsNote']} data-testid="recipient-defaults">
              Ticked for you: {defaultNames.join(' and ')}. Untick any you do not want to tell; tick others to add them.
            </Text>
          )}
          {groups.map((group) => (
            <section key={group.title} aria-label={group.title}>
              <h3 className={classes['recipientGroupTitle']}>{group.title}</h3>
              <ul className={classes['recipientList']}>
                {group.options.map((option) => {
                  const fits = mayReceive(option, tier);
                  const checked = value.includes(option.id);
                  return (
                    <li key={option.id}>
                      <Checkbox
                        label={option.name}
                        checked={checked}
                        disabled={!fits && !checked}
                        onChange={(event) => toggle(option.id, event.currentTarget.checked)}
                        description={
                          fits ? undefined : (
                            <span className={classes['unfit']}>
                              Cleared only up to {TLP[option.vettedTier].label}: it cannot receive a {TLP[tier].label}{' '}
                              report.
                            </span>
                          )
                        }
                        aria-describedby={error ? errorId : undefined}
                      />
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
      )}
    </Input.Wrapper>
  );
}
