/**
 * The map's keyboard commands, as data: which action a key press on the focused map asks for.
 * Pure (unit tested); the map carries the action out.
 */
import type { ProgressState } from '../progress/store.ts';
import { isNavKey, type NavKey } from './nav.ts';

/** Keys 1–4 on the focused node set these states (the picker's order). */
export const KEY_STATES: Readonly<Record<string, ProgressState>> = { '1': 'not-started', '2': 'learning', '3': 'learned', '4': 'skipped' };

export type MapKeyAction =
  | { type: 'nav'; key: NavKey }
  | { type: 'open' }
  | { type: 'collapse' }
  | { type: 'expand' }
  | { type: 'state'; state: ProgressState }
  | { type: 'close' };

export interface KeyPress {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
}

/**
 * Arrows and Home move; Enter / Space open the node's page; - folds and + unfolds its children;
 * 1–4 set its learning state; Escape closes the card. With Alt, Ctrl or Meta: nothing (browser
 * and system shortcuts stay theirs).
 */
export function mapKeyAction(e: KeyPress): MapKeyAction | undefined {
  if (e.altKey || e.ctrlKey || e.metaKey) return undefined;
  if (isNavKey(e.key)) return { type: 'nav', key: e.key };
  if (e.key === 'Enter' || e.key === ' ') return { type: 'open' };
  if (e.key === '-' || e.key === '_') return { type: 'collapse' };
  if (e.key === '+' || e.key === '=') return { type: 'expand' };
  if (e.key in KEY_STATES && !e.shiftKey) return { type: 'state', state: KEY_STATES[e.key]! };
  if (e.key === 'Escape') return { type: 'close' };
  return undefined;
}
