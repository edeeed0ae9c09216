import { NavLink } from 'react-router';
import classes from './account.module.css';

const ACCOUNT_PAGES = [
  { to: '/account/security', label: 'Account security' },
  { to: '/account/mail', label: 'Your e-mail' },
] as const;

/** The pages about the signed-in person's own account, one click apart. */
export function AccountTabs() {
  return (
    <nav aria-label="Your account" className={classes['tabs']}>
      {ACCOUNT_PAGES.map((page) => (
        <NavLink key={page.to} to={page.to} end className={classes['tab']}>
          {page.label}
        </NavLink>
      ))}
    </nav>
  );
}
