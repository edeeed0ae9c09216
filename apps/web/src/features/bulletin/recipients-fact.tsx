import { useMemo } from 'react';
import { TLP } from '@web/components/tlp/tlp';
import { useRecipientCheck } from '@web/features/compose/use-recipient-check';
import type { PageBulletin } from './bulletin-query';
import classes from './bulletin-page.module.css';

/**
 * Whom the bulletin goes to: AMBER and AMBER+STRICT its organizations, RED its named people. The API gives the list
 * to members of an originating organization alone, so no one else sees this fact. Before release (a draft, or one
 * in review) each recipient carries the API's verdict at the tier (R7), so a reviewer sees one that no longer fits
 * before pressing Publish; RED's people are named through that same question, which only a writer cleared for RED
 * may ask (others see how many people are named).
 */
export function RecipientsFact({ bulletin }: { bulletin: PageBulletin }) {
  const organizations = useMemo(() => bulletin.recipientOrganizations ?? [], [bulletin.recipientOrganizations]);
  const userIds = useMemo(() => bulletin.recipientUserIds ?? [], [bulletin.recipientUserIds]);
  const unreleased = bulletin.status === 'DRAFT' || bulletin.status === 'IN_REVIEW';
  const asked = useMemo(
    () => (unreleased ? [...organizations.map((organization) => organization.id), ...userIds] : userIds),
    [unreleased, organizations, userIds],
  );
  const check = useRecipientCheck(bulletin.tier, asked);
  const count = organizations.length + userIds.length;
  if (count === 0) return null;

  const verdict = (id: string) => {
    const option = unreleased ? check.verdict(id) : undefined;
    if (!option || option.offered) return null;
    return (
      <span className={classes['unfitRecipient']}>
        {' '}
        — does not fit {TLP[bulletin.tier].label}: {option.reasonText ?? 'not offered'}
      </span>
    );
  };
  const unnamed = userIds.filter((id) => !check.verdict(id)).length;

  return (
    <div className={classes['fullFact']}>
      <dt>Goes to ({count})</dt>
      <dd>
        <ul className={classes['recipientList']} aria-label="Recipients">
          {organizations.map((organization) => (
            <li key={organization.id}>
              {organization.name}
              {verdict(organization.id)}
            </li>
          ))}
          {userIds.map((id) => {
            const option = check.verdict(id);
            return option ? (
              <li key={id}>
                {option.name}
                {option.organizationName && (
                  <span className={classes['recipientOrganization']}> · {option.organizationName}</span>
                )}
                {verdict(id)}
              </li>
            ) : null;
          })}
          {unnamed > 0 && (
            <li>
              {unnamed} named {unnamed === 1 ? 'person' : 'people'}
            </li>
          )}
        </ul>
      </dd>
    </div>
  );
}
