import { NavLink } from 'react-router';
import classes from './section-tabs.module.css';

export interface SectionTab {
  readonly to: string;
  readonly label: string;
  /** Highlighted on this address alone, not on the pages below it. */
  readonly end?: boolean;
}

/** Pages of one area, one click apart: a row of tabs, the open one marked for sight and for screen readers. */
export function SectionTabs({ label, tabs }: { readonly label: string; readonly tabs: readonly SectionTab[] }) {
  return (
    <nav aria-label={label} className={classes['tabs']}>
      {tabs.map((tab) => (
        <NavLink key={tab.to} to={tab.to} end={tab.end ?? false} className={classes['tab']}>
          {tab.label}
        </NavLink>
      ))}
    </nav>
  );
}
