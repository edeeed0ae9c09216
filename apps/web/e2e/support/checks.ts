import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The README shows these; the tests run from the repository root. */
export const SCREENSHOTS = resolve('docs/screenshots');

/**
 * axe-core's WCAG 2.0/2.1 A and AA rules on the page as it is now: zero serious or critical violations.
 * The minor and moderate ones are printed, one line each, for whoever reads the run.
 */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const violation of results.violations.filter((v) => !blocking.includes(v)))
    process.stdout.write(
      `  axe (${name}, ${violation.impact ?? 'no impact'}): ${violation.id}: ${violation.help} — ` +
        `${violation.nodes.map((node) => node.target.join(' ')).join(', ')}\n`,
    );
  expect(
    blocking.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `serious or critical accessibility violations on the ${name} page`,
  ).toEqual([]);
  expect(results.passes.length, `axe ran its rules on the ${name} page`).toBeGreaterThan(0);
}

/** At a phone's width, the page fits: nothing to scroll sideways. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `no sideways scrolling at ${page.viewportSize()?.width ?? '?'} px`).toBeLessThanOrEqual(0);
}

/**
 * A PNG of the page into docs/screenshots/ once its fonts are in and nothing is loading; no caret, no animation.
 * `fullPage` for a page whose point is below the fold (the bulletin's indicators).
 */
export async function screenshot(page: Page, file: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // LoadingState's words: "Loading bulletins…", "Searching…", "Opening the bulletin…".
  await page
    .getByText(/^(Loading|Searching|Opening)\b.*…$/)
    .first()
    .waitFor({ state: 'hidden', timeout: 10_000 });
  await page.screenshot({
    path: resolve(SCREENSHOTS, file),
    fullPage: options.fullPage ?? false,
    animations: 'disabled',
    caret: 'hide',
  });
}
