import { expect, it } from 'vitest';
import { expectAccessible, screenshot } from './support/checks';
import { bulletinList, listedBulletin, searchFor, signInAs } from './support/pages';
import { describeInBrowser, usePortal } from './support/portal';
import { Publisher } from './support/publisher';
import { visible } from './support/waits';

describeInBrowser('search', () => {
  const portal = usePortal();

  it('finds a bulletin by an IP address inside one of its CIDR blocks, and by a word, highlighted', async () => {
    const publisher = await Publisher.signIn(portal.url);
    const word = 'Quillfeather'; // a made-up group name: no demo bulletin has the word (a fresh server per file)
    const bulletin = await publisher.publish({
      title: `${word} scanning of county election networks`,
      summary: `Scans from the ${word} group probe county election networks for exposed remote-access services.`,
      tier: 'GREEN',
      indicators: [
        { type: 'CIDR', value: '198.51.100.0/24' },
        { type: 'DOMAIN', value: 'scan-relay.example' },
      ],
    });
    // Another in the same block's neighbourhood, not in it: the look-up is by block, not by a prefix of the text.
    const outside = await publisher.publish({
      title: 'Scanning from a neighbouring network',
      tier: 'GREEN',
      indicators: [{ type: 'CIDR', value: '198.51.101.0/24' }],
    });

    const clerk = await portal.page();
    await signInAs(clerk, 'clerk@fulton.ga.demo');

    // Words: the bulletin, its word highlighted (and nothing else).
    await searchFor(clerk, word);
    await visible(listedBulletin(clerk, bulletin.title));
    const marks = await bulletinList(clerk).locator('mark').allInnerTexts();
    expect(marks.length, 'highlighted words').toBeGreaterThanOrEqual(2); // in the title and in the summary
    expect(
      marks.every((mark) => mark.toLowerCase() === word.toLowerCase()),
      marks.join(', '),
    ).toBe(true);
    expect(await bulletinList(clerk).getByRole('listitem').count()).toBe(1);
    await expectAccessible(clerk, 'search (words)');

    // An address pasted alone: the bulletins that list it, or a block that holds it.
    await searchFor(clerk, '198.51.100.77');
    await visible(clerk.getByText('Searching indicators for 198.51.100.77 (an IPv4 address)'));
    await visible(listedBulletin(clerk, bulletin.title));
    expect(await listedBulletin(clerk, outside.title).count(), 'a block that does not hold the address').toBe(0);
    await visible(bulletinList(clerk).getByText('Matched indicator'));
    expect(new URL(clerk.url()).searchParams.get('q')).toBe('198.51.100.77');
    expect(await clerk.title()).toBe('Search: 198.51.100.77 · Bulwark');

    await clerk.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expectAccessible(clerk, 'search (indicator)');
    await screenshot(clerk, 'search.png');
  });
});
