import { describe, expect, it } from 'vitest';
import { cardTarget, dockedCardBox, siblingBox, type CardFocus, type Rect } from '../../../src/scripts/map/card.ts';
import { buildModel } from '../../../src/scripts/map/map-model.ts';
import { smallMap } from './helpers.ts';

describe('card position', () => {
  const model = buildModel(smallMap());
  const boxes: Record<string, Rect> = {
    a: { x1: 100, y1: 40, x2: 160, y2: 60 },
    a1: { x1: 200, y1: 10, x2: 260, y2: 30 },
    a2: { x1: 210, y1: 50, x2: 300, y2: 70 },
    b: { x1: -200, y1: 80, x2: -140, y2: 100 },
  };
  const boxOf = (id: string): Rect | undefined => boxes[id];

  it('covers the node and its siblings, the column the arrow keys move along', () => {
    expect(siblingBox('a1', model, boxOf)).toEqual({ x1: 200, y1: 10, x2: 300, y2: 70 });
    expect(siblingBox('a2', model, boxOf)).toEqual({ x1: 200, y1: 10, x2: 300, y2: 70 });
  });

  it('keeps a branch of the root alone (its siblings are on both sides of the map), skips nodes not drawn', () => {
    expect(siblingBox('a', model, boxOf)).toEqual(boxes.a);
    expect(siblingBox('a2x', model, boxOf)).toBeUndefined();
    expect(siblingBox('nope', model, boxOf)).toBeUndefined();
  });

  it('docks along the bottom of narrow maps, left of the zoom buttons', () => {
    // 390 px map, zoom buttons from x = 338: the card ends 8 px before them.
    expect(dockedCardBox(390, 700, 338)).toEqual({ x: 8, width: 322 });
    // Without zoom buttons: the full width less 8 px on each side.
    expect(dockedCardBox(390, 700)).toEqual({ x: 8, width: 374 });
  });

  it('held sideways (a width cap), sits at the right next to the zoom buttons, the map left of it free', () => {
    // 844 px map, zoom buttons from x = 792, at most 420 wide: it ends 8 px before them.
    expect(dockedCardBox(844, 237, 792, 420)).toEqual({ x: 364, width: 420 });
    // A map narrower than the cap: as without one.
    expect(dockedCardBox(390, 700, 338, 420)).toEqual({ x: 8, width: 322 });
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
