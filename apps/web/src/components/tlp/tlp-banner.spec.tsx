import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Tier } from '@web/graphql/generated/graphql';
import { TlpBadge } from './tlp-badge';
import { TlpBanner } from './tlp-banner';
import { TLP } from './tlp';

/** FIRST's TLP 2.0 definition: label, its RGB colour, always on black. */
const FIRST: Record<Tier, { label: string; rgb: string; rule: RegExp }> = {
  CLEAR: { label: 'TLP:CLEAR', rgb: 'rgb(255, 255, 255)', rule: /not limited/ },
  GREEN: { label: 'TLP:GREEN', rgb: 'rgb(51, 255, 0)', rule: /community.*not on public channels/ },
  AMBER: { label: 'TLP:AMBER', rgb: 'rgb(255, 192, 0)', rule: /your organization and its clients/ },
  AMBER_STRICT: { label: 'TLP:AMBER+STRICT', rgb: 'rgb(255, 192, 0)', rule: /only within your own organization/ },
  RED: { label: 'TLP:RED', rgb: 'rgb(255, 43, 43)', rule: /not even within your organization/ },
};

const tiers = Object.keys(FIRST) as Tier[];

describe('TlpBanner', () => {
  it.each(tiers)('%s: the label as TLP 2.0 writes it, in its colour, with the sharing rule in words', (tier) => {
    render(
      <MantineProvider>
        <TlpBanner tier={tier} />
      </MantineProvider>,
    );
    const expected = FIRST[tier];
    const banner = screen.getByRole('note', { name: `Sharing: ${expected.label}` });
    const label = screen.getByText(expected.label);
    expect(banner).toContainElement(label);
    expect(getComputedStyle(label).color).toBe(expected.rgb);
    expect(banner).toHaveTextContent(expected.rule);
    expect(banner).toHaveAttribute('data-tier', tier);
  });

  it('names every tier differently, so AMBER and AMBER+STRICT are never confused', () => {
    const labels = tiers.map((tier) => FIRST[tier].label);
    expect(new Set(labels).size).toBe(tiers.length);
  });

  it('badge: the same label and colour, the rule on hover', () => {
    render(<TlpBadge tier="AMBER_STRICT" />);
    const badge = screen.getByText('TLP:AMBER+STRICT');
    expect(getComputedStyle(badge).color).toBe('rgb(255, 192, 0)');
    expect(badge.title).toMatch(/only within your own organization/);
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

  it('the banner also says who Bulwark delivered it to', () => {
    render(
      <MantineProvider>
        <TlpBanner tier="RED" />
      </MantineProvider>,
    );
    expect(screen.getByRole('note', { name: /TLP:RED/ })).toHaveTextContent(TLP.RED.audience);
  });
});
