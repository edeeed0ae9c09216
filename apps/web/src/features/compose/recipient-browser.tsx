import { useQuery } from '@apollo/client/react';
import { Button, Checkbox, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { ErrorNotice } from '@web/components/error-notice';
import { TLP } from '@web/components/tlp/tlp';
import type { Tier } from '@web/graphql/generated/graphql';
import { RECIPIENT_OPTIONS, type RecipientOption } from './recipient-query';
import { countNodes, type RecipientNode, recipientTree } from './recipient-tree';
import classes from './compose.module.css';

/** The organizations (as a tree: states with their counties under them) or the people one may search and tick. */
export function RecipientBrowser({
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
