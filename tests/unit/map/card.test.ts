import { describe, expect, it } from 'vitest';
import { cardPosition, cardTarget, type CardFocus } from '../../../src/scripts/map/card.ts';

describe('card position', () => {
  it('sits below the node, inside the map', () => {
    expect(cardPosition({ x1: 100, y1: 50, x2: 160, y2: 70 }, 1000, 600, 300, 200)).toEqual({ docked: false, x: 100, y: 80 });
    // Near the right edge: pulled left to stay 8 px inside.
    expect(cardPosition({ x1: 900, y1: 50, x2: 960, y2: 70 }, 1000, 600, 300, 200).x).toBe(692);
    // Near the left edge: never left of 8 px.
    expect(cardPosition({ x1: -40, y1: 50, x2: 10, y2: 70 }, 1000, 600, 300, 200).x).toBe(8);
  });

  it('goes above the node when there is no room below, and back below when neither fits', () => {
    expect(cardPosition({ x1: 100, y1: 500, x2: 160, y2: 520 }, 1000, 600, 300, 200).y).toBe(290);
    expect(cardPosition({ x1: 100, y1: 100, x2: 160, y2: 520 }, 1000, 600, 300, 200).y).toBe(392);
  });

  it('docks along the bottom of narrow maps', () => {
    expect(cardPosition({ x1: 100, y1: 50, x2: 160, y2: 70 }, 390, 500, 374, 180)).toEqual({ docked: true, x: 8, y: 312 });
  });
});

describe('card target', () => {
  const base: CardFocus = { cardHover: false, cardFocus: false, suppressed: false, canvasFocused: false, pinned: false };

  it('shows the hovered node first', () => {
    expect(cardTarget({ ...base, hover: 'a', current: 'b', canvasFocused: true })).toBe('a');
  });

  it('keeps the card while the pointer or focus is in it', () => {
    expect(cardTarget({ ...base, cardId: 'a', cardHover: true, current: 'b' })).toBe('a');
    expect(cardTarget({ ...base, cardId: 'a', cardFocus: true })).toBe('a');
  });

  it('shows the current node only with keyboard focus or when pinned, and never once closed', () => {
    expect(cardTarget({ ...base, current: 'b' })).toBeUndefined();
    expect(cardTarget({ ...base, current: 'b', canvasFocused: true })).toBe('b');
    expect(cardTarget({ ...base, current: 'b', pinned: true })).toBe('b');
    expect(cardTarget({ ...base, current: 'b', pinned: true, suppressed: true })).toBeUndefined();
  });
});
