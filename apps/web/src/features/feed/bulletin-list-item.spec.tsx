import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { HighlightedText } from '@web/features/search/highlighted-text';
import type { FeedBulletin } from './bulletin-fields';
import { BulletinList, type BulletinListEntry } from './bulletin-list';

const base: FeedBulletin = {
  id: 'b-1',
  version: 1,
  reference: 'CISA-2026-0042',
  title: 'Credential phishing aimed at county staff',
  summary: 'Emails posing as the Secretary of State <b>ask</b> for passwords.',
  tier: 'AMBER',
  severity: 'HIGH',
  category: 'FOREIGN_INFLUENCE',
  status: 'PUBLISHED',
  jurisdictions: [],
  tags: [],
  firstPublishedAt: '2026-12-01T10:00:00.000Z',
  publishedAt: '2026-12-02T10:00:00.000Z',
  retractedAt: null,
  retractionReason: null,
  acknowledgedByMe: false,
  originators: [
    {
      id: 'cisa',
      name: 'Cybersecurity and Infrastructure Security Agency',
      shortName: 'CISA',
    },
  ],
};

function show(entries: BulletinListEntry[], props: Partial<Parameters<typeof BulletinList>[0]> = {}) {
  render(
    <MantineProvider>
      <MemoryRouter>
        <BulletinList entries={entries} {...props} />
      </MemoryRouter>
    </MantineProvider>,
  );
  return screen.getAllByRole('listitem');
}

describe('BulletinList', () => {
  it('is a list named Bulletins whose items link to the bulletin by its title', () => {
    show([{ bulletin: base }]);
    const list = screen.getByRole('list', { name: 'Bulletins' });
    const link = within(list).getByRole('link', { name: 'Credential phishing aimed at county staff' });
    expect(link).toHaveAttribute('href', '/bulletins/b-1');
  });

  it('shows the marking, severity in words, category in words, reference, sender, date and National', () => {
    const [item] = show([{ bulletin: base }]);
    const text = item!.textContent ?? '';
    expect(text).toContain('TLP:AMBER');
    expect(text).toContain('Severity: High');
    expect(text).toContain('Foreign influence');
    expect(text).toContain('CISA-2026-0042');
    expect(text).toContain('From CISA');
    expect(text).toContain('National');
    expect(within(item!).getByText(/2026/, { selector: 'time' })).toHaveAttribute(
      'datetime',
      '2026-12-01T10:00:00.000Z',
    );
    expect(text).not.toContain('Acknowledged');
  });

  it('names every sender of a joint bulletin and its states', () => {
    const [item] = show([
      {
        bulletin: {
          ...base,
          jurisdictions: ['GA', 'PA'],
          originators: [
            { id: 'cisa', name: 'CISA', shortName: 'CISA' },
            { id: 'fbi', name: 'FBI', shortName: 'FBI' },
            { id: 'eac', name: 'EAC', shortName: 'EAC' },
          ],
        },
      },
    ]);
    expect(item).toHaveTextContent('From CISA, FBI and EAC');
    expect(item).toHaveTextContent('GA, PA');
  });

  it('marks new, amended, retracted and acknowledged bulletins in words', () => {
    const items = show([
      { bulletin: { ...base, id: 'n' }, mark: 'new' },
      { bulletin: { ...base, id: 'a', acknowledgedByMe: true }, mark: 'amended' },
      { bulletin: { ...base, id: 'r', status: 'RETRACTED', retractionReason: 'Sent in error.' } },
    ]);
    expect(within(items[0]!).getByText('New')).toBeInTheDocument();
    expect(within(items[1]!).getByText('Amended')).toBeInTheDocument();
    expect(within(items[1]!).getByText('Acknowledged')).toBeInTheDocument();
    expect(within(items[2]!).getByText('Retracted')).toBeInTheDocument();
    expect(within(items[2]!).getByText('Retraction notice: Sent in error.')).toBeInTheDocument();
    expect(within(items[0]!).queryByText('Amended')).not.toBeInTheDocument();
  });

  it('highlights the words of a search in title and summary, and never renders HTML from the text', () => {
    const [item] = show([{ bulletin: base }], {
      renderText: (text) => <HighlightedText text={text} words={['phishing', 'ask']} />,
    });
    const marks = item!.querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['phishing', 'ask']);
    expect(item!.querySelector('b')).toBeNull();
    expect(item).toHaveTextContent('<b>ask</b>');
    expect(screen.getByRole('link', { name: 'Credential phishing aimed at county staff' })).toBeInTheDocument();
  });

  it('says when a bulletin was found by its indicator', () => {
    const [item] = show([{ bulletin: base }], { matchedIndicator: true });
    expect(within(item!).getByText('Matched indicator')).toBeInTheDocument();
  });
});
