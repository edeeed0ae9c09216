import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ApiError } from '@web/api/api-error';
import { toApiError } from '@web/api/to-api-error';
import type { CreateBulletinInput, SubmitBulletinInput, UpdateBulletinInput } from '@web/graphql/generated/graphql';
import type { DraftBulletin } from './compose-query';
import { createInput, type DraftForm, draftFromBulletin, saveKey, saveProblems, updateInput } from './draft-form';
import { parseIndicatorLines } from './indicator-lines';

/** The four calls the editor makes; Apollo in the page, a fake in tests. Each rejects with an ApiError. */
export interface DraftApi {
  create(input: CreateBulletinInput): Promise<DraftBulletin>;
  update(input: UpdateBulletinInput): Promise<DraftBulletin>;
  /** The draft as the server has it now (null: gone, or no longer visible to this reader). */
  fetch(id: string): Promise<DraftBulletin | null>;
  submit(input: SubmitBulletinInput): Promise<DraftBulletin>;
}

/** Quiet time after the last keystroke before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 1_000;

export type SaveStatus =
  /** Nothing saved yet, and not enough to save (no title or summary). */
  | 'incomplete'
  /** Saved before; the latest changes cannot be saved until a problem is fixed. */
  | 'blocked'
  /** Changes waiting for the quiet time to pass. */
  | 'pending'
  | 'saving'
  | 'saved'
  | 'failed'
  /** Someone else saved first: both versions are shown, nothing is sent until the writer chooses. */
  | 'conflict';

export interface Conflict {
  /** What the writer had when the save was refused. */
  readonly mine: DraftForm;
  /** The draft as saved on the server (null: it is gone, or no longer visible to this reader). */
  readonly theirs: DraftBulletin | null;
}

export interface Autosave {
  readonly status: SaveStatus;
  readonly draft: DraftBulletin | null;
  readonly savedAt: Date | null;
  readonly error: ApiError | null;
  readonly conflict: Conflict | null;
  /** Saves now what is not saved yet; resolves true when everything is saved. */
  flush: () => Promise<boolean>;
  /** Save the writer's version over the one on the server (a choice, made seeing both). */
  keepMine: () => void;
  /** Drop the writer's changes for the saved version; returns it for the editor to show. */
  takeTheirs: () => DraftForm | null;
  /** The draft as last saved, read now (after flush, before the next render). */
  latest: () => DraftBulletin | null;
  /** After submitting: the draft as the server returned it. */
  submitted: (draft: DraftBulletin) => void;
}

/**
 * Saves the draft as it is written: the first save creates it (createBulletin), later ones update it
 * (updateBulletin with the version last read as expectedVersion). One save at a time; changes made during a save go
 * in the next. A CONFLICT never overwrites: the save stops, both versions are shown, and the writer chooses.
 */
export function useDraftAutosave(
  api: DraftApi,
  form: DraftForm,
  initial: DraftBulletin | null,
  onCreated: (id: string) => void,
): Autosave {
  const [draft, setDraft] = useState<DraftBulletin | null>(initial);
  const [status, setStatus] = useState<SaveStatus>(initial ? 'saved' : 'incomplete');
  const [savedAt, setSavedAt] = useState<Date | null>(initial ? new Date(initial.updatedAt) : null);
  const [error, setError] = useState<ApiError | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const formRef = useRef(form);
  const draftRef = useRef(initial);
  const savedKeyRef = useRef(initial ? saveKey(draftFromBulletin(initial)) : null);
  const inFlightRef = useRef<Promise<boolean> | null>(null);
  const conflictRef = useRef<Conflict | null>(null);
  /** What the last refused save would have sent: not sent again by itself, only when asked or after a change. */
  const failedKeyRef = useRef<string | null>(null);
  const onCreatedRef = useRef(onCreated);
  // Saves read the page as it is when they run, not as it was when they were scheduled.
  useLayoutEffect(() => {
    formRef.current = form;
    onCreatedRef.current = onCreated;
  });

  const accept = useCallback((saved: DraftBulletin, key: string) => {
    draftRef.current = saved;
    savedKeyRef.current = key;
    setDraft(saved);
    setSavedAt(new Date());
    setError(null);
  }, []);

  const saveOnce = useCallback(async (): Promise<boolean> => {
    const current = formRef.current;
    const key = saveKey(current);
    if (conflictRef.current) return false;
    if (key === savedKeyRef.current) return true;
    if (saveProblems(current).length > 0) {
      setStatus(draftRef.current ? 'blocked' : 'incomplete');
      return false;
    }
    const paste = parseIndicatorLines(current.indicatorsText);
    const existing = draftRef.current;
    setStatus('saving');
    try {
      if (!existing) {
        const created = await api.create(createInput(current, paste));
        accept(created, key);
        onCreatedRef.current(created.id);
      } else {
        accept(await api.update(updateInput(current, paste, existing.id, existing.version)), key);
      }
      return true;
    } catch (caught) {
      const problem = toApiError(caught);
      if (problem.code === 'CONFLICT' && existing) {
        const theirs = await api.fetch(existing.id).catch(() => null);
        const found = { mine: current, theirs };
        conflictRef.current = found;
        setConflict(found);
        setError(problem);
        setStatus('conflict');
        return false;
      }
      failedKeyRef.current = key;
      setError(problem);
      setStatus('failed');
      return false;
    }
  }, [api, accept]);

  /** Runs saves one after another until what is saved is what is on the page (or a save cannot go on). */
  const flush = useCallback((): Promise<boolean> => {
    inFlightRef.current ??= (async () => {
      try {
        for (;;) {
          const ok = await saveOnce();
          if (!ok) return false;
          if (saveKey(formRef.current) === savedKeyRef.current) {
            setStatus('saved');
            return true;
          }
        }
      } finally {
        inFlightRef.current = null;
      }
    })();
    return inFlightRef.current;
  }, [saveOnce]);

  const key = saveKey(form);
  const blocked = saveProblems(form).length > 0;
  useEffect(() => {
    if (conflictRef.current || inFlightRef.current || key === failedKeyRef.current) return;
    if (key === savedKeyRef.current) {
      if (draftRef.current) setStatus('saved');
      return;
    }
    if (blocked) {
      setStatus(draftRef.current ? 'blocked' : 'incomplete');
      return;
    }
    setStatus('pending');
    const timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
    // status is in the list so a save that ends with changes still unsaved schedules the next one.
  }, [key, blocked, flush, status]);

  const keepMine = useCallback(() => {
    const found = conflictRef.current;
    if (!found?.theirs || found.theirs.status !== 'DRAFT') return;
    // The writer has seen the saved version and chosen theirs over it: save on top of that version.
    draftRef.current = found.theirs;
    setDraft(found.theirs);
    savedKeyRef.current = saveKey(draftFromBulletin(found.theirs));
    conflictRef.current = null;
    setConflict(null);
    setError(null);
    void flush();
  }, [flush]);

  const takeTheirs = useCallback((): DraftForm | null => {
    const found = conflictRef.current;
    if (!found?.theirs) return null;
    const theirs = draftFromBulletin(found.theirs);
    draftRef.current = found.theirs;
    setDraft(found.theirs);
    savedKeyRef.current = saveKey(theirs);
    setSavedAt(new Date(found.theirs.updatedAt));
    conflictRef.current = null;
    setConflict(null);
    setError(null);
    setStatus('saved');
    return theirs;
  }, []);

  const submitted = useCallback((saved: DraftBulletin) => {
    draftRef.current = saved;
    setDraft(saved);
  }, []);

  const latest = useCallback(() => draftRef.current, []);

  return { status, draft, savedAt, error, conflict, flush, keepMine, takeTheirs, latest, submitted };
}
