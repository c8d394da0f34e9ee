/** The map toolbar's pop-overs and the strings the language switch (data-i18n) does not reach. */

/** Toolbar pop-overs (<details>): one open at a time, closed by Escape or a click outside. */
export function wirePanels(root: HTMLElement): void {
  const panels = [...root.querySelectorAll<HTMLDetailsElement>('details.map-panel')];
  for (const p of panels) {
    p.addEventListener('toggle', () => {
      if (p.open) for (const other of panels) if (other !== p) other.open = false;
    });
    p.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && p.open) {
        p.open = false;
        p.querySelector('summary')?.focus();
      }
    });
  }
  document.addEventListener('click', (e) => {
    for (const p of panels) if (p.open && !p.contains(e.target as Node)) p.open = false;
  });
}

/** Placeholder and tooltips, in the current interface language. */
export function applyUiStrings(root: HTMLElement, str: (key: string) => string): void {
  const input = root.querySelector<HTMLInputElement>('.map-search-input');
  if (input) input.placeholder = str('map.search.placeholder');
  for (const b of root.querySelectorAll<HTMLElement>('.map-zoom [data-i18n-label]')) b.title = str(b.dataset.i18nLabel!);
}
