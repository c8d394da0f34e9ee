/**
 * The map's "cards due" switch (issue 15): a checkbox in the legend panel; when on, concepts with
 * a self-check card due today get a dashed outline (progress-layer.ts). Reads `cards.json` once
 * (only when switched on) and the card schedules in the progress store; follows every progress
 * change and the theme. The switch is remembered like the theme and language (a display
 * preference, `k8smap:<base>:map-cards-due`, preferences.ts), across reloads and visits.
 */
import type { Core } from 'cytoscape';
import { withBase } from '../urls.ts';
import { getProgress, onProgress } from '../progress/client.ts';
import { pt, onLang } from '../progress/strings.ts';
import { conceptsWithDueCards, endOfDay } from '../review/schedule.ts';
import type { CardsData } from '../../views/cards.ts';
import { applyDueClasses, dueStyle } from './progress-layer.ts';
import { prefKey, readPref, writePref } from '../preferences.ts';

const SWITCH_KEY = prefKey('map-cards-due');

function dueColor(): string {
  return getComputedStyle(document.documentElement).getPropertyValue('--err-fg').trim() || '#a40e26';
}

export function initCardsDue(cy: Core, root: HTMLElement): void {
  const panel = root.querySelector('.map-legend .map-panel-body');
  if (!panel) return;
  const label = document.createElement('label');
  label.className = 'map-check map-cards-due';
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.id = 'map-cards-due';
  const text = document.createElement('span');
  // The legend swatch: what a node with cards due looks like.
  const swatch = document.createElement('span');
  swatch.setAttribute('aria-hidden', 'true');
  swatch.style.cssText = 'display:inline-block;inline-size:1.6rem;block-size:0.9rem;border:1px solid var(--border);border-radius:3px;outline:2px dashed var(--err-fg);outline-offset:2px;margin:0 0.4rem 0 0.2rem;vertical-align:middle';
  label.style.cssText = 'display:flex;align-items:center;gap:0.25rem;margin-top:0.4rem';
  label.append(box, swatch, text);
  panel.append(label);
  onLang(() => {
    text.textContent = pt('progress.review.mapDue');
  });

  let cards: Promise<CardsData> | undefined;
  const restyle = (): void => {
    cy.style().selector(dueStyle(dueColor()).selector).style(dueStyle(dueColor()).style).update();
  };
  const apply = (): void => {
    if (!box.checked) {
      applyDueClasses(cy, new Set());
      root.dataset.cardsDue = 'off';
      return;
    }
    cards ??= fetch(withBase('cards.json'), { cache: 'no-cache' }).then((r) => {
      if (!r.ok) throw new Error(`cards.json: HTTP ${r.status}`);
      return r.json() as Promise<CardsData>;
    });
    cards
      .then((data) => {
        if (!box.checked) return;
        const ids = conceptsWithDueCards(data, getProgress(), endOfDay(new Date()));
        applyDueClasses(cy, ids);
        root.dataset.cardsDue = String(ids.size);
      })
      .catch((err: unknown) => console.error('skill map cards due:', err));
  };
  restyle();
  // The map rebuilds its whole style on a theme change (skill-map.ts); add the outline again after it.
  document.addEventListener('k8smap:theme', () => requestAnimationFrame(restyle));
  box.checked = readPref(SWITCH_KEY) === 'on';
  box.addEventListener('change', () => {
    writePref(SWITCH_KEY, box.checked ? 'on' : 'off');
    apply();
  });
  onProgress(apply);
  // Nodes added after the first frame get the class too.
  document.addEventListener('k8smap:map-ready', apply);
}
