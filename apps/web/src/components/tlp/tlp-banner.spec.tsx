import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Tier } from '@web/graphql/generated/graphql';
import { TlpBadge } from './tlp-badge';
import { TlpBanner } from './tlp-banner';
import { TLP } from './tlp';

/**
 * FIRST's TLP 2.0 definition, written out here rather than read from tlp.ts so a wrong value there fails:
 * the label as the standard writes it, its RGB colour (FIRST: RED 255,43,43; AMBER 255,192,0; GREEN 51,255,0;
 * CLEAR 255,255,255), always on black (0,0,0), and what the rule allows.
 */
const FIRST: Record<Tier, { label: string; rgb: string; rule: RegExp }> = {
  CLEAR: { label: 'TLP:CLEAR', rgb: 'rgb(255, 255, 255)', rule: /not limited.*anyone, including the public/ },
  GREEN: { label: 'TLP:GREEN', rgb: 'rgb(51, 255, 0)', rule: /community.*not on public channels/ },
  AMBER: { label: 'TLP:AMBER', rgb: 'rgb(255, 192, 0)', rule: /your organization and its clients.*need-to-know/ },
  AMBER_STRICT: {
    label: 'TLP:AMBER+STRICT',
    rgb: 'rgb(255, 192, 0)',
    rule: /only within your own organization.*Not with its clients/,
  },
  RED: { label: 'TLP:RED', rgb: 'rgb(255, 43, 43)', rule: /not even within your organization/ },
};
const BLACK = 'rgb(0, 0, 0)';

const tiers = Object.keys(FIRST) as Tier[];

function showBanner(tier: Tier) {
  return render(
    <MantineProvider>
      <TlpBanner tier={tier} />
    </MantineProvider>,
  );
}

describe('TlpBanner', () => {
  it.each(tiers)('%s: the label as TLP 2.0 writes it, in its colour on black, with the sharing rule', (tier) => {
    showBanner(tier);
    const expected = FIRST[tier];
    // Announced as a note named after the marking, so a screen reader hears the tier first.
    const banner = screen.getByRole('note', { name: `Sharing: ${expected.label}` });
    const label = screen.getByText(expected.label, { exact: true });
    expect(banner).toContainElement(label);
    expect(getComputedStyle(label).color).toBe(expected.rgb);
    expect(getComputedStyle(label).backgroundColor).toBe(BLACK);
    expect(getComputedStyle(banner).backgroundColor).toBe(BLACK);
    expect(banner).toHaveTextContent(expected.rule);
    expect(banner).toHaveAttribute('data-tier', tier);
  });

  it('never names AMBER+STRICT as plain AMBER, or the other way round', () => {
    const strict = showBanner('AMBER_STRICT');
    expect(screen.queryByRole('note', { name: 'Sharing: TLP:AMBER' })).not.toBeInTheDocument();
    strict.unmount();
    showBanner('AMBER');
    expect(screen.queryByRole('note', { name: 'Sharing: TLP:AMBER+STRICT' })).not.toBeInTheDocument();
    expect(screen.getByRole('note', { name: 'Sharing: TLP:AMBER' })).not.toHaveTextContent('STRICT');
  });

  it('does not repeat the tier before its rule', () => {
    showBanner('AMBER');
    expect(screen.getByRole('note')).not.toHaveTextContent(/TLP:AMBER\s*AMBER/);
  });

  it('also says who Bulwark delivered it to', () => {
    showBanner('RED');
    expect(screen.getByRole('note', { name: /TLP:RED/ })).toHaveTextContent(TLP.RED.audience);
  });
});

describe('TlpBadge', () => {
  it.each(tiers)('%s: the same label and colour on black, the rule on hover', (tier) => {
    render(<TlpBadge tier={tier} />);
    const badge = screen.getByText(FIRST[tier].label, { exact: true });
    expect(getComputedStyle(badge).color).toBe(FIRST[tier].rgb);
    expect(getComputedStyle(badge).backgroundColor).toBe(BLACK);
    expect(badge.title).toMatch(FIRST[tier].rule);
    expect(badge.title.startsWith(`${FIRST[tier].label}: `)).toBe(true);
  });
});

/** WCAG 2.1 relative luminance and contrast ratio of a #RRGGBB colour against black. */
function contrastOnBlack(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return (luminance + 0.05) / 0.05;
}

describe('TLP markings', () => {
  it.each(tiers)('%s: its label colour reads on black at WCAG AA contrast or better', (tier) => {
    expect(contrastOnBlack(TLP[tier].colour)).toBeGreaterThanOrEqual(4.5);
  });
});
