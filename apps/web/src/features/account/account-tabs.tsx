import { SectionTabs } from '@web/components/section-tabs';

const ACCOUNT_PAGES = [
  { to: '/account/security', label: 'Account security', end: true },
  { to: '/account/mail', label: 'Your e-mail', end: true },
] as const;

/** The pages about the signed-in person's own account, one click apart. */
export function AccountTabs() {
  return <SectionTabs label="Your account" tabs={ACCOUNT_PAGES} />;
}
