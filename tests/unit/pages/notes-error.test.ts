/**
 * The build's error when the notes have errors (src/lib/graph-loader.ts `notesError`): Astro prints
 * a user error as its message and hint; a stack trace would point the reader into the loader, not
 * at their notes (the file:line of each error is printed just above it).
 */
import { describe, expect, it } from 'vitest';
import { notesError } from '../../../src/lib/graph-loader.ts';

describe('notesError', () => {
  const err = notesError(2, 'notes-folder/');

  it('says how many errors, where, and what to do, as a user error with a hint', () => {
    expect(err.message).toBe('2 error(s) in the notes under notes-folder/: fix them (see above) and build again.');
    expect((err as { type?: string }).type).toBe('AstroUserError');
    expect((err as { hint?: string }).hint).toContain('npm run check');
    expect((err as { hint?: string }).hint).toContain('file, line and column');
  });

  it('carries no stack trace (Astro prints one whenever `stack` is set)', () => {
    expect(err.stack).toBe('');
  });
});
