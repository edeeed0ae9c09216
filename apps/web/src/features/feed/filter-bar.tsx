import {
  Badge,
  Button,
  Group,
  MultiSelect,
  Select,
  TagsInput,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useCallback, useId, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useViewer } from '@web/auth/viewer';
import { TLP } from '@web/components/tlp/tlp';
import {
  type BulletinFilters,
  countActiveFilters,
  NO_FILTERS,
  normaliseTag,
  parseFilters,
  writeFilters,
} from './bulletin-filters';
import {
  CATEGORY_LABELS,
  isCategory,
  isSeverity,
  isTier,
  SEVERITY_LABELS,
  SEVERITY_ORDER,
  STATE_NAMES,
  TIER_ORDER,
} from './bulletin-labels';
import { useOriginatorOptions } from './use-originator-options';
import classes from './filter-bar.module.css';

/**
 * The filters of the current address (`?category=…&severity=…&state=…&tier=…&tag=…&originator=…`). Each change is
 * a new history entry, so the back button undoes it; other parameters (search words) are kept.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  const setFilters = useCallback(
    (next: BulletinFilters) => setParams((current) => writeFilters(current, next)),
    [setParams],
  );
  const clearFilters = useCallback(() => setFilters(NO_FILTERS), [setFilters]);
  /** Equal for equal filters, whatever the order of the parameters: a list restarts when it changes. */
  const filtersKey = useMemo(() => writeFilters(new URLSearchParams(), filters).toString(), [filters]);
  return { filters, setFilters, clearFilters, filtersKey };
}

const CATEGORY_OPTIONS = Object.entries(CATEGORY_LABELS).map(([value, label]) => ({ value, label }));
const SEVERITY_OPTIONS = SEVERITY_ORDER.map((value) => ({
  value,
  label: value === 'CRITICAL' ? 'Critical only' : `${SEVERITY_LABELS[value]} and above`,
}));
const TIER_OPTIONS = TIER_ORDER.map((value) => ({ value, label: TLP[value].label }));

interface FilterBarProps {
  readonly filters: BulletinFilters;
  readonly onChange: (filters: BulletinFilters) => void;
  readonly onClear: () => void;
}

/** Category, severity, state, sender, tier and tags: labelled controls that narrow a list. */
export function FilterBar({ filters, onChange, onClear }: FilterBarProps) {
  const [open, toggle] = useDisclosure(false);
  const controlsId = useId();
  const active = countActiveFilters(filters);
  const { data: viewerData } = useViewer();
  const ownState = viewerData?.viewer.organization.jurisdiction ?? null;
  const originators = useOriginatorOptions();

  const stateOptions = useMemo(() => {
    const all = Object.entries(STATE_NAMES).map(([code, name]) => ({ value: code, label: `${name} (${code})` }));
    const own = ownState && STATE_NAMES[ownState] ? ownState : null;
    if (!own) return all;
    return [
      { group: 'Your state', items: all.filter((option) => option.value === own) },
      { group: 'All states and territories', items: all.filter((option) => option.value !== own) },
    ];
  }, [ownState]);

  const originatorOptions = useMemo(() => {
    const known = new Set(originators.groups.flatMap((group) => group.items.map((item) => item.value)));
    const unknown = filters.originatorIds.filter((id) => !known.has(id));
    const groups = originators.groups.map((group) => ({ group: group.group, items: [...group.items] }));
    if (unknown.length) {
      groups.push({
        group: 'Other organizations',
        items: unknown.map((id) => ({ value: id, label: originators.nameOf(id) ?? 'Another organization' })),
      });
    }
    return groups;
  }, [originators, filters.originatorIds]);

  const set = (patch: Partial<BulletinFilters>) => onChange({ ...filters, ...patch });

  return (
    <section className={classes['bar']} aria-label="Filters">
      <Group justify="space-between" className={classes['toggle']}>
        <UnstyledButton
          onClick={toggle.toggle}
          aria-expanded={open}
          aria-controls={controlsId}
          className={classes['toggleButton']}
        >
          {open ? 'Hide filters' : 'Show filters'}
          {active > 0 && (
            <>
              <Badge size="sm" circle variant="filled" aria-hidden>
                {active}
              </Badge>
              <VisuallyHidden>({active} active)</VisuallyHidden>
            </>
          )}
        </UnstyledButton>
        {active > 0 && (
          <Button variant="subtle" size="compact-sm" onClick={onClear}>
            Clear filters
          </Button>
        )}
      </Group>
      <div id={controlsId} className={classes['controls']} data-open={open}>
        <MultiSelect
          label="Category"
          placeholder={filters.categories.length ? undefined : 'Any category'}
          data={CATEGORY_OPTIONS}
          value={[...filters.categories]}
          onChange={(values) => set({ categories: values.filter(isCategory) })}
          clearable
        />
        <Select
          label="Minimum severity"
          placeholder="Any severity"
          data={SEVERITY_OPTIONS}
          value={filters.minSeverity}
          onChange={(value) => set({ minSeverity: value && isSeverity(value) ? value : null })}
          clearable
          allowDeselect
        />
        <MultiSelect
          label="State"
          placeholder={filters.jurisdictions.length ? undefined : 'Any state'}
          data={stateOptions}
          value={[...filters.jurisdictions]}
          onChange={(values) => set({ jurisdictions: values })}
          searchable
          clearable
          nothingFoundMessage="No state by that name"
        />
        <MultiSelect
          label="From"
          placeholder={filters.originatorIds.length ? undefined : 'Any organization'}
          data={originatorOptions}
          value={[...filters.originatorIds]}
          onChange={(values) => set({ originatorIds: values })}
          searchable
          clearable
          nothingFoundMessage={originators.loading ? 'Loading organizations…' : 'No organization by that name'}
        />
        <MultiSelect
          label="Sharing tier (TLP)"
          placeholder={filters.tiers.length ? undefined : 'Any tier'}
          data={TIER_OPTIONS}
          value={[...filters.tiers]}
          onChange={(values) => set({ tiers: values.filter(isTier) })}
          clearable
        />
        <TagsInput
          label="Tags"
          placeholder={filters.tags.length ? undefined : 'Type a tag, then Enter'}
          value={[...filters.tags]}
          onChange={(values) => set({ tags: [...new Set(values.map(normaliseTag).filter((tag) => tag !== ''))] })}
          clearable
        />
        {active > 0 && (
          <div className={classes['actions']}>
            <Button variant="default" onClick={onClear} visibleFrom="sm" mt="auto">
              Clear filters
            </Button>
          </div>
        )}
      </div>
      {filters.jurisdictions.length > 0 && (
        <Text size="xs" c="dimmed" mt="xs" className={classes['note']} data-open={open}>
          National bulletins are included with the states you choose.
        </Text>
      )}
    </section>
  );
}
