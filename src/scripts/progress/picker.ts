/**
 * A small state picker for places drawn in the browser (the map's tooltip): four buttons with
 * `aria-pressed` (未开始 / 学习中 / 已掌握 / 跳过) in a labelled group. Choosing one dispatches
 * `k8smap:progress-set` on `document` (handled by client.ts, which saves and re-announces
 * `k8smap:progress`); the buttons follow later `k8smap:progress` events while attached.
 * Needs the `progress.*` strings on the page (any progress component embeds them).
 *
 *   import { buildProgressPicker } from '../progress/picker.ts';
 *   tooltip.append(buildProgressPicker(node.id, currentStates[node.id]));
 */
import { PROGRESS_STATES, type ProgressState } from './store.ts';
import { pt } from './strings.ts';

const ORDER: ProgressState[] = ['not-started', 'learning', 'learned', 'skipped'];

export function buildProgressPicker(id: string, current: string | undefined): HTMLElement {
  const group = document.createElement('div');
  group.className = 'progress-picker';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', pt('progress.control.legend'));
  group.dataset.conceptId = id;
  const buttons = ORDER.filter((s) => (PROGRESS_STATES as readonly string[]).includes(s)).map((state) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = `progress-pick state-${state}`;
    b.value = state;
    b.textContent = pt(`progress.state.${state}`);
    b.addEventListener('click', () => {
      document.dispatchEvent(new CustomEvent('k8smap:progress-set', { detail: { id, state } }));
    });
    return b;
  });
  const show = (state: string): void => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.value === state));
  };
  show(current ?? 'not-started');
  const onProgress = (e: Event): void => {
    if (!group.isConnected) {
      document.removeEventListener('k8smap:progress', onProgress);
      return;
    }
    const states = (e as CustomEvent<{ states?: Record<string, string> }>).detail?.states ?? {};
    show(states[id] ?? 'not-started');
  };
  document.addEventListener('k8smap:progress', onProgress);
  group.append(...buttons);
  return group;
}
