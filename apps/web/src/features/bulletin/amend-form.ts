import type { AmendBulletinInput } from '@web/graphql/generated/graphql';
import {
  type DraftForm,
  type FieldProblem,
  namesApprover,
  referenceLines,
  submitProblems,
  type UnfitRecipient,
} from '@web/features/compose/draft-form';
import type { IndicatorPaste } from '@web/features/compose/indicator-lines';

/** As the API bounds it (AmendBulletinInput.changeNote). */
export const CHANGE_NOTE_LENGTH = { min: 3, max: 2000 } as const;

/** Why the change note cannot go as it is; null when it can. */
export function changeNoteProblem(note: string): string | null {
  const text = note.trim();
  if (text === '') return 'Say what changed and why: readers see this note with the new revision.';
  if (text.length < CHANGE_NOTE_LENGTH.min)
    return `Write at least ${CHANGE_NOTE_LENGTH.min} characters about what changed.`;
  if (text.length > CHANGE_NOTE_LENGTH.max)
    return `Shorten the note to ${CHANGE_NOTE_LENGTH.max.toLocaleString('en-US')} characters.`;
  return null;
}

/**
 * What keeps an amendment from being sent: everything that keeps a draft from review (the API judges an
 * amendment's content by the same rules), and a change note.
 */
export function amendProblems(
  form: DraftForm,
  paste: IndicatorPaste,
  changeNote: string,
  unfit: readonly UnfitRecipient[] = [],
  approverId: string | null = null,
): FieldProblem[] {
  const problems = submitProblems(form, paste, unfit, approverId);
  const note = changeNoteProblem(changeNote);
  if (note) problems.unshift({ field: 'amend-change-note', message: note });
  return problems;
}

/** The new revision, whole: every field as the amend page shows it, so nothing of the old one is carried unseen. */
export function amendInput(
  form: DraftForm,
  paste: IndicatorPaste,
  options: { id: string; expectedRevision: number; changeNote: string; approverId: string | null },
): AmendBulletinInput {
  return {
    id: options.id,
    expectedRevision: options.expectedRevision,
    changeNote: options.changeNote.trim(),
    title: form.title.trim(),
    summary: form.summary.trim(),
    body: form.body,
    category: form.category,
    severity: form.severity,
    tier: form.tier,
    jurisdictions: [...form.jurisdictions],
    tags: [...form.tags],
    references: referenceLines(form.references),
    recipientOrganizationIds: [...form.recipientOrganizationIds],
    recipientUserIds: [...form.recipientUserIds],
    indicators: paste.indicators.map((indicator) => ({ type: indicator.type, value: indicator.value })),
    ...(namesApprover(form.tier) && options.approverId !== null && { approverUserId: options.approverId }),
  };
}

/**
 * The number the amendment will get: one past the highest revision the bulletin has had. An amendment sent back
 * keeps its number (its comment names it), so after one that is not the current revision plus one.
 */
export function nextRevisionNumber(source: {
  readonly revision: number;
  readonly reviewComments?: readonly { readonly revision: number }[] | null;
}): number {
  return Math.max(source.revision, ...(source.reviewComments ?? []).map((comment) => comment.revision)) + 1;
}
