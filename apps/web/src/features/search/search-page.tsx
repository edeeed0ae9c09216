import { Button, Center, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { useDocumentTitle } from '@web/components/use-document-title';
import { type BulletinFilters, hasFilters, toListFilter } from '@web/features/feed/bulletin-filters';
import { countBulletins } from '@web/features/feed/bulletin-labels';
import { BulletinList } from '@web/features/feed/bulletin-list';
import { FilterBar, useUrlFilters } from '@web/features/feed/filter-bar';
import type { BulletinFilter } from '@web/graphql/generated/graphql';
import { queryWords } from './highlight';
import { HighlightedText } from './highlighted-text';
import { detectIndicator, INDICATOR_LABELS, interpretSearch, type SearchQuery } from './search-query';
import { useSearchResults } from './use-search-results';
import classes from './search-page.module.css';

const MAX_QUERY_LENGTH = 500;
/** `?as=words`: the reader chose to search an indicator-looking text as words. */
const AS_WORDS = 'words';

/** `/search?q=…` plus the feed's filters: full text, or an indicator look-up when the text is one. */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
  const asWords = params.get('as') === AS_WORDS;
  const query = useMemo(() => interpretSearch(q, asWords), [q, asWords]);
  const { filters, setFilters, clearFilters, filtersKey } = useUrlFilters();
  const [generation, setGeneration] = useState(0);
  const retry = useCallback(() => setGeneration((value) => value + 1), []);
  useDocumentTitle(query ? `Search: ${query.text}` : 'Search');

  const search = (text: string, words = false) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      const trimmed = text.trim();
      if (trimmed) next.set('q', trimmed);
      else next.delete('q');
      if (words) next.set('as', AS_WORDS);
      else next.delete('as');
      return next;
    });

  return (
    <Stack gap="md">
      <Title order={1}>Search</Title>
      <SearchForm key={q} initial={q} onSearch={(text) => search(text)} />
      <FilterBar filters={filters} onChange={setFilters} onClear={clearFilters} />
      {query ? (
        <>
          <Interpretation query={query} onSwitch={(words) => search(query.text, words)} />
          <Results
            key={`${query.kind}:${query.text}#${filtersKey}#${generation}`}
            query={query}
            filters={filters}
            onRetry={retry}
            onClearFilters={clearFilters}
            onSearchAsWords={() => search(query.text, true)}
          />
        </>
      ) : (
        <Text c="dimmed">
          Type words to find in bulletins, or paste an indicator (an IP address, a domain, a web or email address, a
          file hash or a CVE id) to find the bulletins that list it.
        </Text>
      )}
    </Stack>
  );
}

function SearchForm({ initial, onSearch }: { initial: string; onSearch: (text: string) => void }) {
  const [text, setText] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text);
  };
  return (
    <form role="search" onSubmit={submit} className={classes['form']}>
      <TextInput
        className={classes['input']}
        label="Search bulletins"
        // A plain text box (role textbox), with the phone keyboard's search key.
        inputMode="search"
        enterKeyHint="search"
        value={text}
        maxLength={MAX_QUERY_LENGTH}
        onChange={(event) => setText(event.currentTarget.value)}
        placeholder="Words, or an IP address, domain, hash or CVE id"
        autoComplete="off"
        spellCheck={false}
      />
      <Button type="submit">Search</Button>
    </form>
  );
}

/** Says how the text is being searched, and offers the other way. */
function Interpretation({ query, onSwitch }: { query: SearchQuery; onSwitch: (asWords: boolean) => void }) {
  if (query.kind === 'indicator') {
    return (
      <p className={classes['interpretation']}>
        <span>
          Searching indicators for <span className={classes['query']}>{query.text}</span> (
          {INDICATOR_LABELS[query.indicator]})
        </span>
        <Button variant="subtle" size="compact-sm" onClick={() => onSwitch(true)}>
          Search as words instead
        </Button>
      </p>
    );
  }
  const couldBeIndicator = detectIndicator(query.text);
  return (
    <p className={classes['interpretation']}>
      <span>
        Bulletins mentioning <span className={classes['query']}>{query.text}</span>
      </span>
      {couldBeIndicator && (
        <Button variant="subtle" size="compact-sm" onClick={() => onSwitch(false)}>
          Search as an indicator instead
        </Button>
      )}
    </p>
  );
}

function searchFilter(query: SearchQuery, filters: BulletinFilters): BulletinFilter {
  const filter: BulletinFilter = toListFilter(filters);
  if (query.kind === 'indicator') filter.indicator = query.text;
  else filter.search = query.text;
  return filter;
}

interface ResultsProps {
  readonly query: SearchQuery;
  readonly filters: BulletinFilters;
  readonly onRetry: () => void;
  readonly onClearFilters: () => void;
  readonly onSearchAsWords: () => void;
}

function Results({ query, filters, onRetry, onClearFilters, onSearchAsWords }: ResultsProps) {
  const results = useSearchResults(searchFilter(query, filters));
  const { state } = results;
  const words = useMemo(() => (query.kind === 'words' ? queryWords(query.text) : []), [query]);
  const renderText = useCallback((text: string) => <HighlightedText text={text} words={words} />, [words]);

  if (results.error !== null) return <ErrorNotice error={results.error} onRetry={onRetry} />;
  if (!state.loaded) return <LoadingState label="Searching…" />;
  if (state.items.length === 0) {
    return (
      <NoResults
        query={query}
        filtered={hasFilters(filters)}
        onClearFilters={onClearFilters}
        onSearchAsWords={onSearchAsWords}
      />
    );
  }
  return (
    <Stack gap="sm">
      <Text fw={600} role="status">
        {countBulletins(state.totalCount, state.totalCountIsExact)}
      </Text>
      <BulletinList
        entries={state.items}
        renderText={query.kind === 'words' ? renderText : undefined}
        matchedIndicator={query.kind === 'indicator'}
      />
      {results.moreError !== null && <ErrorNotice error={results.moreError} onRetry={results.loadMore} />}
      {state.hasNextPage && (
        <Center mt="sm">
          <Button variant="default" onClick={results.loadMore} loading={results.loadingMore}>
            Load more
          </Button>
        </Center>
      )}
    </Stack>
  );
}

function NoResults({
  query,
  filtered,
  onClearFilters,
  onSearchAsWords,
}: {
  query: SearchQuery;
  filtered: boolean;
  onClearFilters: () => void;
  onSearchAsWords: () => void;
}) {
  return (
    <Stack className={classes['empty']} gap="xs" align="flex-start" role="status">
      <Text fw={700}>
        No bulletins match <span className={classes['query']}>“{query.text}”</span>
        {filtered ? ' with these filters' : ''}
      </Text>
      <ul className={classes['tips']}>
        {query.kind === 'words' ? (
          <>
            <li>Check the spelling, or try fewer or more general words.</li>
            <li>
              To look up an indicator, paste it alone: an IP address, a domain, a web or email address, a file hash or a
              CVE id.
            </li>
          </>
        ) : (
          <>
            <li>No bulletin you can read lists this indicator. An IP address also finds the blocks that contain it.</li>
            <li>Retracted bulletins are not searched by indicator.</li>
          </>
        )}
        {filtered && <li>Filters narrow the search: clear them to search every bulletin you may read.</li>}
      </ul>
      {(filtered || query.kind === 'indicator') && (
        <div>
          {query.kind === 'indicator' && (
            <Button variant="default" size="sm" mr="sm" onClick={onSearchAsWords}>
              Search as words instead
            </Button>
          )}
          {filtered && (
            <Button variant="default" size="sm" onClick={onClearFilters}>
              Clear filters
            </Button>
          )}
        </div>
      )}
    </Stack>
  );
}
