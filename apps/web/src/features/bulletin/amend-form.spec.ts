import { describe, expect, it } from 'vitest';
import { nextRevisionNumber } from './amend-form';

describe('nextRevisionNumber', () => {
  it('is the current revision plus one for a bulletin never sent back', () => {
    expect(nextRevisionNumber({ revision: 1, reviewComments: null })).toBe(2);
    expect(nextRevisionNumber({ revision: 3, reviewComments: [{ revision: 1 }] })).toBe(4);
  });

  it('skips the number of an amendment that was sent back, as the API does', () => {
    expect(nextRevisionNumber({ revision: 1, reviewComments: [{ revision: 2 }, { revision: 1 }] })).toBe(3);
  });
});
