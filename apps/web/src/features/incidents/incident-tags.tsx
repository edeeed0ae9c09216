import type { IncidentStatus, VotingImpact } from '@web/graphql/generated/graphql';
import { IMPACT_LABELS, STATUS_LABELS } from './incident-words';
import classes from './incidents.module.css';

/** The report's effect on voting: HALTED in white on red, so it stands out in any list. */
export function ImpactTag({ impact }: { impact: VotingImpact }) {
  return (
    <span className={classes['impact']} data-impact={impact} data-testid="impact">
      {IMPACT_LABELS[impact]}
    </span>
  );
}

export function StatusTag({ status }: { status: IncidentStatus }) {
  return (
    <span className={classes['status']} data-status={status} data-testid="status">
      {STATUS_LABELS[status]}
    </span>
  );
}
