import { describe, expect, it } from 'vitest';
import { addedPagesNumbered, planClosingPlacement } from '../../../shared/layout/closingPlacement';

describe('planClosingPlacement (the one rule both serializers follow)', () => {
  it('leaves a 报尾 that falls on an even page where it is', () => {
    expect(planClosingPlacement({ textEndPage: 2, closingPage: 2 }, true)).toBe('asLaidOut');
    expect(planClosingPlacement({ textEndPage: 3, closingPage: 4 }, true)).toBe('asLaidOut');
  });

  it('moves a 报尾 under the text of an odd page to the next page', () => {
    expect(planClosingPlacement({ textEndPage: 1, closingPage: 1 }, true)).toBe('nextPage');
    expect(planClosingPlacement({ textEndPage: 5, closingPage: 5 }, true)).toBe('nextPage');
  });

  it('leaves a blank page when the 报尾 would fall alone on an odd page', () => {
    expect(planClosingPlacement({ textEndPage: 2, closingPage: 3 }, true)).toBe('afterBlankPage');
  });

  it('never moves the 报尾 of a series that does not ask for an even page', () => {
    expect(planClosingPlacement({ textEndPage: 1, closingPage: 1 }, false)).toBe('asLaidOut');
    expect(planClosingPlacement({ textEndPage: 2, closingPage: 3 }, false)).toBe('asLaidOut');
  });

  it('numbers the pages a placement adds except after a blank page (GB/T 9704)', () => {
    expect(addedPagesNumbered('nextPage')).toBe(true);
    expect(addedPagesNumbered('afterBlankPage')).toBe(false);
  });
});
