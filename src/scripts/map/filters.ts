/**
 * The map's display filters on Cytoscape elements: node kinds switched off, cross-edge types
 * switched on, and the label language (through data, so Cytoscape re-measures the labels).
 * Work on a headless Cytoscape too (unit tested).
 */
import type { Core } from 'cytoscape';
import type { LabelLang } from './elements.ts';

/** Nodes of the kinds in `off` get the `kind-off` class, the others lose it. */
export function applyKindFilter(cy: Core, off: ReadonlySet<string>): void {
  cy.batch(() =>
    cy.nodes().forEach((n) => {
      const isOff = off.has(n.data('k') as string);
      if (n.hasClass('kind-off') !== isOff) n.toggleClass('kind-off', isOff);
    }),
  );
}

/** Cross edges of each type show (`on` true) or get the `off` class. */
export function applyEdgeTypes(cy: Core, on: ReadonlyMap<string, boolean>): void {
  cy.batch(() => {
    for (const [ty, shown] of on) cy.edges(`.cross[ty = "${ty}"]`).toggleClass('off', !shown);
  });
}

/** Every node's label in `lang` (the `lbl` data the stylesheet draws). */
export function applyLabelLang(cy: Core, lang: LabelLang): void {
  cy.batch(() =>
    cy.nodes().forEach((n) => {
      n.data('lbl', n.data(lang) as string);
    }),
  );
}

/** The reader's remembered label language (localStorage `k8smap:<base>:map-labels`), if any. */
export function readLabelPref(storage: Pick<Storage, 'getItem'> | undefined, base: string): LabelLang | undefined {
  try {
    const v = storage?.getItem(labelPrefKey(base));
    return v === 'zh' || v === 'en' ? v : undefined;
  } catch {
    return undefined; // no storage
  }
}

export function labelPrefKey(base: string): string {
  return `k8smap:${base}:map-labels`;
}
