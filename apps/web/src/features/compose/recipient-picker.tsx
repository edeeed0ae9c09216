import { useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Loader, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { ErrorNotice } from '@web/components/error-notice';
import { TLP } from '@web/components/tlp/tlp';
import type { Tier } from '@web/graphql/generated/graphql';
import { recipientsNeeded } from './draft-form';
import { RECHECK_RECIPIENTS, RECIPIENT_OPTIONS, type RecipientOption } from './recipient-query';
import { countNodes, type RecipientNode, recipientTree } from './recipient-tree';
import classes from './compose.module.css';

/** The re-check asks about at most this many recipients at once (the API's bound). */
export const MAX_CHOSEN_RECIPIENTS = 100;

export interface RecipientCheck {
  /** The API's verdict on a chosen recipient at the current tier; undefined while it is being asked. */
  readonly verdict: (id: string) => RecipientOption | undefined;
  /** Chosen recipients the API says do not fit the tier (R7), named with the reason. */
  readonly unfit: readonly RecipientOption[];
  /** Some chosen recipient has no verdict yet. */
  readonly checking: boolean;
  readonly error: unknown;
}

/**
 * The API's verdict on the chosen recipients at the tier (`recipientOptions(tier, ids)`), asked again whenever the
 * tier or the choice changes. Verdicts seen before at this tier answer meanwhile, so a click does not blank the
 * list; a verdict is never carried over from another tier.
 */
export function useRecipientCheck(tier: Tier, chosen: readonly string[]): RecipientCheck {
  const ids = useMemo(() => chosen.slice(0, MAX_CHOSEN_RECIPIENTS), [chosen]);
  const { data, error } = useQuery(RECHECK_RECIPIENTS, {
    variables: { tier, ids },
    skip: ids.length === 0,
    fetchPolicy: 'cache-and-network',
  });
  // Every verdict seen in this editor, by tier and id, kept as state follows a prop (adjusted while rendering).
  const [seen, setSeen] = useState<{ from: unknown; byKey: ReadonlyMap<string, RecipientOption> }>({
    from: null,
    byKey: new Map(),
  });
  if (data && data !== seen.from) {
    const byKey = new Map(seen.byKey);
    for (const edge of data.recipientOptions.edges) byKey.set(`${tier}|${edge.node.id}`, edge.node);
    setSeen({ from: data, byKey });
  }
  const verdict = (id: string) => seen.byKey.get(`${tier}|${id}`);
  const verdicts = ids.map(verdict);
  return {
    verdict,
    unfit: verdicts.filter((option): option is RecipientOption => option !== undefined && !option.offered),
    checking: verdicts.some((option) => option === undefined),
    error: ids.length > 0 ? (error ?? null) : null,
  };
}

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

function RecipientBrowser({
  tier,
  kind,
  chosen,
  onToggle,
  empty,
}: {
  tier: Tier;
  kind: 'organizations' | 'people';
  chosen: readonly string[];
  onToggle: (option: RecipientOption, on: boolean) => void;
  empty: boolean;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, error, loading, fetchMore, refetch } = useQuery(RECIPIENT_OPTIONS, {
    variables: { tier, search: debounced || null },
    fetchPolicy: 'cache-and-network',
  });
  const [more, setMore] = useState(false);
  const connection = data?.recipientOptions;
  const options = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const offered = options.filter((option) => option.offered).length;
  const what = kind === 'people' ? 'people' : 'organizations';
  const searchId = `recipient-search-${kind}`;

  const showMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          recipientOptions: {
            ...fetchMoreResult.recipientOptions,
            edges: [...previous.recipientOptions.edges, ...fetchMoreResult.recipientOptions.edges],
          },
        }),
      });
    } finally {
      setMore(false);
    }
  };

  return (
    <div className={classes['browser']}>
      <TextInput
        id={searchId}
        label={kind === 'people' ? 'Find people' : 'Find organizations'}
        description={kind === 'people' ? 'By name or email.' : 'By name or short name, e.g. “Georgia” or “CISA”.'}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        error={empty ? `Choose at least one: ${TLP[tier].label} goes to the ${what} you choose.` : undefined}
      />
      <Text size="sm" role="status" aria-live="polite" className={classes['browseCount']}>
        {loading && !data
          ? 'Looking…'
          : connection
            ? `${connection.totalCount} ${what}${debounced ? ` matching “${debounced}”` : ''}` +
              (connection.totalCount > options.length ? `, ${options.length} shown` : '') +
              `; ${offered} of those shown may receive ${TLP[tier].label}.`
            : ''}
      </Text>
      {error && <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />}
      {connection && options.length === 0 && <Text size="sm">No {what} by that name.</Text>}
      {options.length > 0 && (
        <div className={classes['browseList']}>
          {kind === 'people' ? (
            <ul className={classes['tree']} aria-label={`People who may receive ${TLP[tier].label}`}>
              {options.map((option) => (
                <OptionItem
                  key={option.id}
                  node={{ option, children: [] }}
                  chosen={chosen}
                  onToggle={onToggle}
                  expandAll={false}
                />
              ))}
            </ul>
          ) : (
            recipientTree(options).map((group) => (
              <div key={group.key} className={classes['treeGroup']}>
                <h4 className={classes['treeGroupTitle']} id={`recipient-group-${group.key}`}>
                  {group.label}
                </h4>
                <ul className={classes['tree']} aria-labelledby={`recipient-group-${group.key}`}>
                  {group.nodes.map((node) => (
                    <OptionItem
                      key={node.option.id}
                      node={node}
                      chosen={chosen}
                      onToggle={onToggle}
                      expandAll={debounced !== ''}
                    />
                  ))}
                </ul>
              </div>
            ))
          )}
        </div>
      )}
      {connection?.pageInfo.hasNextPage && (
        <div>
          <Button size="xs" variant="default" loading={more} onClick={() => void showMore()}>
            Show more {what}
          </Button>
        </div>
      )}
    </div>
  );
}

function OptionItem({
  node,
  chosen,
  onToggle,
  expandAll,
}: {
  node: RecipientNode;
  chosen: readonly string[];
  onToggle: (option: RecipientOption, on: boolean) => void;
  expandAll: boolean;
}) {
  const { option, children } = node;
  const isChosen = chosen.includes(option.id);
  // A chosen child (or a search) opens its branch, so nothing chosen is hidden.
  const holdsChosen = children.some(function holds(child): boolean {
    return chosen.includes(child.option.id) || child.children.some(holds);
  });
  const [open, setOpen] = useState(false);
  const expanded = open || expandAll || holdsChosen;
  const inputId = `recipient-${option.id}`;
  const reasonId = `recipient-${option.id}-reason`;
  const branchId = `recipient-${option.id}-under`;
  const under = children.reduce((sum, child) => sum + countNodes(child), 0);
  const meta = option.kind === 'PERSON' ? [option.email, option.organizationName].filter(Boolean).join(' · ') : null;

  return (
    <li className={classes['treeItem']}>
      <div className={classes['option']} data-offered={option.offered}>
        <Checkbox
          id={inputId}
          checked={isChosen}
          // One not offered cannot be chosen; one chosen before (another tier) can still be unticked.
          disabled={!option.offered && !isChosen}
          onChange={(event) => onToggle(option, event.currentTarget.checked)}
          aria-describedby={option.offered ? undefined : reasonId}
          label={
            <>
              <span className={classes['optionName']}>{option.name}</span>
              {meta && <span className={classes['optionMeta']}> {meta}</span>}
            </>
          }
          classNames={{ label: classes['optionLabel'] }}
        />
        {!option.offered && (
          <span id={reasonId} className={classes['reason']}>
            Not offered: {option.reasonText ?? 'not cleared for this tier'}
          </span>
        )}
        {children.length > 0 && !expandAll && !holdsChosen && (
          <button
            type="button"
            className={classes['branchToggle']}
            aria-expanded={expanded}
            aria-controls={branchId}
            onClick={() => setOpen(!open)}
          >
            {expanded ? 'Hide' : 'Show'} its {under} {under === 1 ? 'office' : 'offices'}
            <VisuallyHidden> (under {option.name})</VisuallyHidden>
          </button>
        )}
      </div>
      {children.length > 0 && expanded && (
        <ul id={branchId} className={classes['tree']} aria-label={`Offices under ${option.name}`}>
          {children.map((child) => (
            <OptionItem key={child.option.id} node={child} chosen={chosen} onToggle={onToggle} expandAll={expandAll} />
          ))}
        </ul>
      )}
    </li>
  );
}
