import { useQuery } from '@apollo/client/react';
import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { DIRECTORY_ORGANIZATIONS } from './compose-query';

export interface KnownOrganization {
  readonly id: string;
  readonly name: string;
}

interface OrganizationSelectProps {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly placeholder: string;
  readonly value: readonly string[];
  readonly onChange: (ids: string[], chosen: KnownOrganization[]) => void;
  /** Names for ids already chosen (from the saved draft), before the directory is searched. */
  readonly known: readonly KnownOrganization[];
  /** Not offered at all (the writer's own organization, for co-senders). */
  readonly exclude?: readonly string[];
  readonly disabled?: boolean;
  readonly error?: string | undefined;
}

/**
 * Organizations from the community directory, searched by name on the server as the writer types. The directory
 * is asked only once the list is opened.
 */
export function OrganizationSelect(props: OrganizationSelectProps) {
  const { value, known, exclude = [], onChange } = props;
  const [opened, setOpened] = useState(false);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, loading } = useQuery(DIRECTORY_ORGANIZATIONS, {
    variables: { search: debounced || null },
    skip: !opened && debounced === '',
    fetchPolicy: 'cache-first',
  });
  const found = useMemo(() => data?.organizations.edges.map((edge) => edge.node) ?? [], [data]);
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const organization of [...known, ...found]) map.set(organization.id, organization.name);
    return map;
  }, [known, found]);
  const options = useMemo(() => {
    const ids = [...new Set([...value, ...found.map((organization) => organization.id)])];
    return ids
      .filter((id) => !exclude.includes(id))
      .map((id) => ({ value: id, label: names.get(id) ?? 'An organization' }));
  }, [value, found, names, exclude]);

  return (
    <MultiSelect
      id={props.id}
      label={props.label}
      description={props.description}
      placeholder={value.length ? undefined : props.disabled ? 'None' : props.placeholder}
      data={options}
      value={[...value]}
      onChange={(ids) =>
        onChange(
          ids,
          ids.map((id) => ({ id, name: names.get(id) ?? id })),
        )
      }
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has matched the name or short name already ("CISA" finds the agency's full name).
      filter={({ options: all }) => all}
      onDropdownOpen={() => setOpened(true)}
      nothingFoundMessage={loading ? 'Looking…' : 'No organization by that name'}
      disabled={props.disabled}
      error={props.error}
      clearable={false}
      hidePickedOptions
      maxDropdownHeight={280}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
