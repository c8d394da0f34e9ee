/** Wires every `[data-progress-control]` radio group to the progress store. */
import { getState, lastSaveFailed, onProgress, setProgress, startProgress, storedProgressProblem } from './client.ts';
import { isProgressState, stateOf } from './store.ts';
import { pt } from './strings.ts';

export function initProgressControls(): void {
  startProgress();
  const controls = [...document.querySelectorAll<HTMLFieldSetElement>('[data-progress-control]:not([data-wired])')];
  for (const el of controls) {
    el.dataset.wired = '';
    el.hidden = false;
    const id = el.dataset.conceptId ?? '';
    const msg = el.querySelector<HTMLElement>('[data-progress-msg]');
    const problem = storedProgressProblem();
    if (msg && problem) msg.textContent = pt('progress.storedUnreadable', { detail: problem.detail });
    el.addEventListener('change', (e) => {
      const input = e.target as HTMLInputElement;
      if (!isProgressState(input.value) || id === '') return;
      const ok = setProgress(id, input.value);
      if (!msg) return;
      msg.classList.toggle('error', !ok);
      msg.textContent = ok ? pt('progress.control.saved', { state: pt(`progress.state.${getState(id)}`) }) : pt('progress.saveFailed');
    });
  }
  onProgress((data) => {
    for (const el of document.querySelectorAll<HTMLFieldSetElement>('[data-progress-control]')) {
      const state = stateOf(data, el.dataset.conceptId ?? '');
      el.dataset.state = state;
      for (const input of el.querySelectorAll<HTMLInputElement>('input[type=radio]')) input.checked = input.value === state;
    }
    if (lastSaveFailed()) {
      for (const m of document.querySelectorAll<HTMLElement>('[data-progress-control] [data-progress-msg]')) m.classList.add('error');
    }
  });
}
