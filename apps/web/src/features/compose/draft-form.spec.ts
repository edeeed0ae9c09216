import { describe, expect, it } from 'vitest';
import { createInput, emptyDraft, namesApprover, saveKey, submitProblems, updateInput } from './draft-form';
import { parseIndicatorLines } from './indicator-lines';

const CISA = '00000000-0000-4000-8000-0000000000c1';
const FBI = '00000000-0000-4000-8000-0000000000c2';
const PERSON = '00000000-0000-4000-8000-0000000000d1';
const none = parseIndicatorLines('');

const written = { ...emptyDraft(CISA), title: 'A title', summary: 'A summary.' };

describe('the draft form', () => {
  it('sends the senders on every save, so co-senders chosen after the first save are saved (R14)', () => {
    const joint = { ...written, originatorIds: [CISA, FBI] };
    expect(createInput(joint, none).originatorOrganizationIds).toEqual([CISA, FBI]);
    expect(updateInput(joint, none, 'id', 3).originatorOrganizationIds).toEqual([CISA, FBI]);
    expect(saveKey(joint)).not.toBe(saveKey(written));
  });

  it('asks for a named approver before a RED draft goes to review, and for no one on other tiers', () => {
    const red = { ...written, tier: 'RED' as const, recipientUserIds: [PERSON] };
    expect(submitProblems(red, none).map((problem) => problem.field)).toEqual(['draft-approver']);
    expect(submitProblems(red, none, [], PERSON)).toEqual([]);
    expect(namesApprover('RED')).toBe(true);
    expect(namesApprover('AMBER_STRICT')).toBe(true);
    expect(namesApprover('AMBER')).toBe(false);
    expect(submitProblems(written, none)).toEqual([]);
  });
});
