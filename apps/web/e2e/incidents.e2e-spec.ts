import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible, expectNoSidewaysScroll, screenshot } from './support/checks';
import { markDocument, sameDocument, signInAs } from './support/pages';
import { describeInBrowser, usePortal } from './support/portal';
import { eventually, visible } from './support/waits';

const TITLE = 'Poll workers got emails asking them to confirm their assignment on a fake site';
/** The demo community already has a Fulton report naming this domain: the handler sees the two as related. */
const PHISHING_DOMAIN = 'fulton-pollworker-portal.example';
const QUESTION = 'Which address did the emails come from? Please forward one with its headers.';
const ANSWER = 'They came from assignments@fulton-pollworker-portal.example. One is forwarded to your team.';

const sections = (page: Page) => page.getByRole('navigation', { name: 'Sections' });

/** A report in a list (the reporter's or the triage queue), by its title. */
const listed = (page: Page, list: string, title: string): Locator =>
  page.getByRole('list', { name: list }).getByRole('listitem').filter({ hasText: title });

const comments = (page: Page) => page.getByRole('list', { name: 'Comments' });

describeInBrowser('incident reports', () => {
  const portal = usePortal();

  it("a county clerk reports phishing to Georgia, the EI-ISAC and CISA; CISA's analyst takes it and asks a question; the clerk sees it live and answers", async () => {
    const clerk = await portal.page();
    await signInAs(clerk, 'clerk@fulton.ga.demo');
    // A clerk's "Incident reports" is their office's list; a handler's is the triage queue.
    expect(await sections(clerk).getByRole('link', { name: 'Incident reports' }).getAttribute('href')).toBe(
      '/incidents',
    );
    await sections(clerk).getByRole('link', { name: 'Report an incident' }).click();
    await visible(clerk.getByRole('heading', { name: 'Report an incident', level: 1 }));

    // The first part: what happened, what kind, the effect on voting, and whom to tell (two ticked for the clerk).
    const recipients = clerk.getByRole('group', { name: 'Who receives it' });
    await visible(recipients);
    expect(await recipients.getByRole('checkbox', { name: 'Georgia Secretary of State' }).isChecked()).toBe(true);
    expect(await recipients.getByRole('checkbox', { name: 'Elections Infrastructure ISAC' }).isChecked()).toBe(true);
    expect(await clerk.getByTestId('recipient-defaults').innerText()).toContain(
      'Ticked for you: Georgia Secretary of State and Elections Infrastructure ISAC',
    );
    // Another state's office is not offered: a county reports to its own state.
    expect(await recipients.getByRole('checkbox', { name: 'Arizona Secretary of State' }).count()).toBe(0);

    // Sending it empty names what is missing, and nothing is sent.
    await clerk.getByRole('button', { name: 'Send the report' }).click();
    await visible(clerk.getByRole('alert').filter({ hasText: 'Before you can send it:' }));
    expect(await clerk.getByRole('alert').innerText()).toContain('Say whether voting is affected.');

    await clerk.getByRole('textbox', { name: /^What happened, in one line/ }).fill(TITLE);
    await clerk
      .getByRole('textbox', { name: /^Details/ })
      .fill(
        'Six poll workers got an email this morning asking them to confirm their Election Day assignment. ' +
          'The link goes to a site that looks like our portal and asks for their county password. One worker entered it; ' +
          'we reset the account.',
      );
    await clerk.getByRole('combobox', { name: /^What kind of incident/ }).selectOption('CYBER_THREAT');
    await clerk.getByRole('radio', { name: 'Voting not affected' }).check();
    await recipients.getByRole('checkbox', { name: 'Cybersecurity and Infrastructure Security Agency' }).check();

    await clerk.getByText(/^More detail \(optional\)/).click();
    await clerk.getByRole('textbox', { name: /^Where, or which system/ }).fill('Poll-worker email accounts');
    await clerk
      .getByRole('textbox', { name: /^Indicators/ })
      .fill(`hxxps://${PHISHING_DOMAIN.replace('.', '[.]')}/confirm\n${PHISHING_DOMAIN}`);
    await visible(clerk.getByTestId('indicator-summary').filter({ hasText: '2 indicators ready' }));
    expect(await clerk.getByRole('radio', { name: 'TLP:AMBER', exact: true }).isChecked(), 'AMBER unless changed').toBe(
      true,
    );
    expect(
      await clerk.getByRole('checkbox', { name: /^A bulletin may name Fulton County Elections/ }).isChecked(),
      'not named unless the clerk agrees',
    ).toBe(false);
    await clerk.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await clerk.evaluate(() => window.scrollTo(0, 0));
    await expectAccessible(clerk, 'report an incident');
    await screenshot(clerk, 'incident-report-form.png', { fullPage: true });

    await clerk.getByRole('button', { name: 'Send the report' }).click();
    await visible(clerk.getByRole('heading', { name: TITLE, level: 1 }));
    const sent = clerk.getByRole('status').filter({ hasText: /GA-FULTON-IR-\d{4}-\d{4} is with / });
    await visible(sent);
    const reference = (await sent.innerText()).match(/GA-FULTON-IR-\d{4}-\d{4}/)?.[0];
    expect(reference, 'a reference of the reporting office').toBeTruthy();
    expect(await clerk.getByRole('list', { name: 'Sent to' }).innerText()).toContain(
      'Cybersecurity and Infrastructure Security Agency',
    );

    // Listed for the office, received and not yet taken; the list stays open, live.
    await sections(clerk).getByRole('link', { name: 'Incident reports' }).click();
    const mine = listed(clerk, 'Reports sent by your office', TITLE);
    await visible(mine);
    expect(await mine.getByTestId('status').innerText()).toBe('Received');
    await eventually(
      () => clerk.getByTestId('live-status').innerText(),
      (text) => text === 'Live',
      20_000,
      'the list live',
    );
    await markDocument(clerk);

    // CISA's analyst: the triage queue, newest first.
    const analyst = await portal.page();
    await signInAs(analyst, 'analyst@cisa.demo');
    await sections(analyst).getByRole('link', { name: 'Incident reports' }).click();
    await visible(analyst.getByRole('heading', { name: 'Triage queue', level: 1 }));
    const queued = listed(analyst, 'Incident reports to triage', TITLE);
    await visible(queued);
    const first = analyst.getByRole('list', { name: 'Incident reports to triage' }).getByRole('listitem').first();
    expect(await first.innerText(), 'the newest first').toContain(TITLE);
    expect(await queued.innerText()).toContain('Fulton County Elections');
    expect(await queued.getByTestId('assignee').innerText()).toBe('Not taken yet');
    await analyst.evaluate(() => window.scrollTo(0, 0));
    await expectAccessible(analyst, 'triage queue');
    await screenshot(analyst, 'incident-triage-queue.png');

    await queued.getByRole('button', { name: /^Take / }).click();
    await eventually(
      () => queued.getByTestId('assignee').innerText(),
      (text) => text === 'You',
      15_000,
      'taken by the analyst',
    );
    // The clerk's list follows, without a reload.
    await eventually(
      () => mine.getByTestId('status').innerText(),
      (text) => text === 'Being looked at',
      20_000,
      "the clerk's list shows it taken",
    );

    await queued.getByRole('link', { name: TITLE }).click();
    await visible(analyst.getByRole('heading', { name: TITLE, level: 1 }));
    const handlerPanel = analyst.getByRole('region', { name: 'For handlers' });
    await visible(handlerPanel);
    expect(await handlerPanel.innerText()).toContain('You are handling this report.');
    // The demo's earlier Fulton report named the same domain.
    expect(await analyst.getByTestId('related-summary').innerText()).toMatch(
      new RegExp(`other reports? shares? .*${PHISHING_DOMAIN.replace(/\./g, '\\.')}`),
    );
    await handlerPanel.getByRole('combobox', { name: 'Status' }).selectOption('NEEDS_INFO');
    await handlerPanel.getByRole('button', { name: 'Set status' }).click();
    await visible(
      handlerPanel.getByRole('status').filter({ hasText: 'Status set to “Question for the reporting office”' }),
    );
    await analyst.getByRole('textbox', { name: /^Comment to the reporting office/ }).fill(QUESTION);
    await analyst.getByRole('button', { name: 'Send comment' }).click();
    await visible(comments(analyst).getByText(QUESTION));

    // The clerk: the list changed live; the report asks the question, and the answer goes back.
    await eventually(
      () => mine.getByTestId('status').innerText(),
      (text) => text === 'Question for the reporting office',
      20_000,
      "the clerk's list shows the question",
    );
    expect(await sameDocument(clerk), 'the list was never reloaded').toBe(true);
    await mine.getByRole('link', { name: TITLE }).click();
    await visible(clerk.getByRole('heading', { name: 'The handlers have a question for your office' }));
    const question = comments(clerk).getByRole('listitem').filter({ hasText: QUESTION });
    await visible(question);
    expect(await question.getAttribute('data-side')).toBe('handler');
    expect(await question.innerText()).toContain('CISA Analyst');
    await clerk.getByRole('textbox', { name: /^Your answer/ }).fill(ANSWER);
    await clerk.getByRole('button', { name: 'Send answer' }).click();
    const answer = comments(clerk).getByRole('listitem').filter({ hasText: ANSWER });
    await visible(answer);
    expect(await answer.getAttribute('data-side')).toBe('reporter');
    expect(await clerk.getByRole('list', { name: 'Timeline' }).innerText()).toContain(
      'Status: Question for the reporting office',
    );

    // The analyst's open page has the answer without a reload.
    await markDocument(analyst);
    await visible(comments(analyst).getByText(ANSWER), 20_000);
    expect(await sameDocument(analyst)).toBe(true);

    await clerk.evaluate(() => window.scrollTo(0, 0));
    await expectAccessible(clerk, 'incident report');
    await screenshot(clerk, 'incident-report.png', { fullPage: true });
    await analyst.evaluate(() => window.scrollTo(0, 0));
    await expectAccessible(analyst, 'incident report (handler)');
    await screenshot(analyst, 'incident-report-handler.png', { fullPage: true });

    const phone = await portal.page({ width: 375, height: 812 });
    await signInAs(phone, 'clerk@fulton.ga.demo');
    await phone.goto(new URL(clerk.url()).pathname);
    await visible(phone.getByRole('heading', { name: TITLE, level: 1 }));
    await expectNoSidewaysScroll(phone);
    await phone.goto('/incidents/new');
    await visible(phone.getByRole('group', { name: 'Who receives it' }));
    await expectNoSidewaysScroll(phone);
  });

  it("a publisher's header, with the most entries, keeps every entry and Sign out in view", async () => {
    const publisher = await portal.page();
    await signInAs(publisher, 'publisher@cisa.demo');
    expect(await sections(publisher).getByRole('link').allInnerTexts()).toEqual([
      'Feed',
      'Search',
      'Write a bulletin',
      'My drafts',
      'Review queue',
      'Incident reports',
    ]);
    await sections(publisher).getByRole('link', { name: 'Incident reports' }).click();
    await visible(publisher.getByRole('heading', { name: 'Triage queue', level: 1 }));
    const signOut = await publisher.getByRole('button', { name: 'Sign out' }).boundingBox();
    const lastSection = await sections(publisher).getByRole('link', { name: 'Incident reports' }).boundingBox();
    expect(signOut && signOut.x + signOut.width, 'Sign out inside the window').toBeLessThanOrEqual(1280);
    expect(lastSection && signOut && lastSection.x + lastSection.width, 'no entry under the account').toBeLessThan(
      signOut?.x ?? 0,
    );
    expect(
      await publisher
        .getByRole('button', { name: 'Sign out' })
        .evaluate((button) => button.scrollWidth <= button.clientWidth && button.getBoundingClientRect().width > 60),
      'Sign out whole, not cut',
    ).toBe(true);
    await publisher.screenshot({
      path: '/tmp/bulwark-publisher-header.png',
      clip: { x: 0, y: 0, width: 1280, height: 70 },
    });
  });

  it('a report the viewer may not read is the same not-found page as one that does not exist', async () => {
    const clerk = await portal.page();
    await signInAs(clerk, 'clerk@fulton.ga.demo');
    await sections(clerk).getByRole('link', { name: 'Incident reports' }).click();
    const own = clerk.getByRole('list', { name: 'Reports sent by your office' }).getByRole('link').first();
    await visible(own);
    const path = await own.getAttribute('href');
    expect(path).toMatch(/^\/incidents\/[0-9a-f-]{36}$/);

    // Another county's clerk: neither a reporter nor a recipient of Fulton's report (R19).
    const other = await portal.page();
    await signInAs(other, 'clerk@maricopa.az.demo');
    await other.goto(path ?? '/');
    await visible(other.getByTestId('not-found'));
    const refused = await other.getByTestId('not-found').innerText();
    await other.goto('/incidents/00000000-0000-4000-8000-000000000000');
    await visible(other.getByTestId('not-found'));
    expect(await other.getByTestId('not-found').innerText()).toBe(refused);
  });
});
