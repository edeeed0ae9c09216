import { Alert, Button, Loader, Text } from '@mantine/core';
import { ErrorNotice } from '@web/components/error-notice';
import { TLP } from '@web/components/tlp/tlp';
import type { Tier } from '@web/graphql/generated/graphql';
import { recipientsNeeded } from './draft-form';
import { RecipientBrowser } from './recipient-browser';
import type { RecipientOption } from './recipient-query';
import type { RecipientCheck } from './use-recipient-check';
import classes from './compose.module.css';

interface RecipientPickerProps {
  readonly tier: Tier;
  readonly organizationIds: readonly string[];
  readonly userIds: readonly string[];
  readonly check: RecipientCheck;
  readonly onChange: (organizationIds: string[], userIds: string[], named: readonly RecipientOption[]) => void;
}

/**
 * Whom the bulletin goes to. AMBER and AMBER+STRICT: a searchable tree of organizations (federal agencies, ISACs,
 * states with their counties under them, partners); RED: a searchable list of people. Each is offered or not, with
 * the API's reason in words; one not offered cannot be chosen. The recipients already chosen are listed on their
 * own with the API's verdict at the current tier, so a change of tier names those that no longer fit and asks the
 * writer to remove them: nothing is dropped without the writer doing it. Publishing checks them all again (R7).
 */
export function RecipientPicker({ tier, organizationIds, userIds, check, onChange }: RecipientPickerProps) {
  const needs = recipientsNeeded(tier);
  const chosen = [...organizationIds, ...userIds];
  const label = TLP[tier].label;

  const remove = (ids: readonly string[]) =>
    onChange(
      organizationIds.filter((id) => !ids.includes(id)),
      userIds.filter((id) => !ids.includes(id)),
      [],
    );
  const toggle = (option: RecipientOption, on: boolean) => {
    const person = option.kind === 'PERSON';
    const list = person ? userIds : organizationIds;
    const next = on ? [...list.filter((id) => id !== option.id), option.id] : list.filter((id) => id !== option.id);
    if (person) onChange([...organizationIds], next, on ? [option] : []);
    else onChange(next, [...userIds], on ? [option] : []);
  };

  return (
    <section className={classes['recipients']} aria-labelledby="recipients-heading" id="draft-recipients">
      <h3 id="recipients-heading" className={classes['recipientsTitle']}>
        Recipients
      </h3>
      <Text size="sm">
        {needs === 'none' && (
          <>
            {label} has no recipient list: {TLP[tier].audience.toLowerCase()}
          </>
        )}
        {needs === 'organizations' && (
          <>
            {label} goes to the organizations you choose.{' '}
            {tier === 'AMBER'
              ? 'The offices under them (a state’s counties) receive it too.'
              : 'Only those organizations themselves, not the offices under them.'}{' '}
            Only organizations vetted for {label} can be chosen.
          </>
        )}
        {needs === 'people' && (
          <>
            {label} goes to the people you name, and to no one else in their organizations. Only people cleared for{' '}
            {label} can be chosen.
          </>
        )}
      </Text>
      {check.unfit.length > 0 && <UnfitNotice tier={tier} unfit={check.unfit} onRemove={remove} />}
      {check.error !== null && <ErrorNotice error={check.error} />}
      {chosen.length > 0 && <ChosenList ids={chosen} check={check} onRemove={(id) => remove([id])} />}
      {needs !== 'none' && (
        <RecipientBrowser
          key={tier}
          tier={tier}
          kind={needs}
          chosen={chosen}
          onToggle={toggle}
          empty={chosen.length === 0}
        />
      )}
    </section>
  );
}

function UnfitNotice({
  tier,
  unfit,
  onRemove,
}: {
  tier: Tier;
  unfit: readonly RecipientOption[];
  onRemove: (ids: readonly string[]) => void;
}) {
  const one = unfit.length === 1;
  return (
    <Alert
      color="red"
      role="alert"
      title={`${one ? 'A chosen recipient does' : `${unfit.length} chosen recipients do`} not fit ${TLP[tier].label}`}
      classNames={{ title: classes['unfitTitle'] }}
      data-testid="unfit-recipients"
    >
      <Text size="sm">
        Remove {one ? 'it' : 'them'} before you submit the draft, or choose another tier.
        {recipientsNeeded(tier) !== 'organizations' || unfit.some((option) => option.kind === 'PERSON')
          ? ' Until then the draft is not saved.'
          : ''}
      </Text>
      <ul className={classes['unfitList']}>
        {unfit.map((option) => (
          <li key={option.id}>
            <strong>{option.name}</strong>: {option.reasonText ?? 'not offered'}
          </li>
        ))}
      </ul>
      <Button size="xs" variant="default" mt="xs" onClick={() => onRemove(unfit.map((option) => option.id))}>
        {one ? `Remove ${unfit[0]?.name ?? 'it'}` : `Remove these ${unfit.length}`}
      </Button>
    </Alert>
  );
}

function ChosenList({
  ids,
  check,
  onRemove,
}: {
  ids: readonly string[];
  check: RecipientCheck;
  onRemove: (id: string) => void;
}) {
  return (
    <div className={classes['chosen']}>
      <h4 className={classes['chosenTitle']} id="chosen-recipients-heading">
        Chosen ({ids.length})
      </h4>
      <ul className={classes['chosenList']} aria-labelledby="chosen-recipients-heading">
        {ids.map((id) => {
          const option = check.verdict(id);
          const name = option?.name ?? 'Checking…';
          return (
            <li key={id} className={classes['chosenItem']} data-fits={option ? option.offered : undefined}>
              <span className={classes['chosenName']}>
                {name}
                {option?.kind === 'PERSON' && option.organizationName && (
                  <span className={classes['optionMeta']}> · {option.organizationName}</span>
                )}
              </span>
              <span className={classes['chosenVerdict']}>
                {option === undefined ? (
                  <Loader size={12} aria-label="Checking" />
                ) : option.offered ? (
                  'Fits'
                ) : (
                  `Does not fit: ${option.reasonText ?? 'not offered'}`
                )}
              </span>
              <Button size="compact-xs" variant="default" onClick={() => onRemove(id)} aria-label={`Remove ${name}`}>
                Remove
              </Button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
