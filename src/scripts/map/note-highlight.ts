/**
 * `/?note=<id>` on the home page: the concepts of one free-form note highlighted on the map
 * (the note page's "show on the map" link). The note's concepts come from the build's
 * `notes/<id>/map.json` (src/views/note-page.ts). Concepts on the map get the class `note-hl`
 * (a halo, like a search hit but lasting), everything else `note-dim` (like a kind filter), and
 * the view shows the highlighted nodes (all of them when that is readable, else the screenful that
 * holds the most: viewport.ts `highlightView`). A banner over the map names the note (text only), says how
 * many of its concepts are not on the map, links back to the note and clears the highlight.
 */
import type { Core } from 'cytoscape';
import type { NoteMapData } from '../../views/note-page.ts';
import type { MapModel } from './map-model.ts';
import { withBase } from '../urls.ts';
import { FIT_PAD, START_INSETS, highlightView } from './viewport.ts';

export interface NoteHighlightContext {
  stage: HTMLElement;
  cy: Core;
  model: MapModel;
  str: (key: string, vars?: Record<string, string | number>) => string;
  /** Resolves once every element is in Cytoscape. */
  allIn: Promise<void>;
  /** Unfold / unfilter so a node is visible. */
  reveal: (id: string) => void;
}

/** The note id of `?note=`, if any. */
export function noteParam(search: string): string | undefined {
  const v = new URLSearchParams(search).get('note');
  return v !== null && v.trim() !== '' ? v : undefined;
}

/** Which of a note's concepts the map shows, and how many it does not. */
export function splitOnMap(concepts: readonly string[], onMap: (id: string) => boolean): { shown: string[]; missing: number } {
  const shown = concepts.filter(onMap);
  return { shown, missing: concepts.length - shown.length };
}

export async function showNoteHighlight(ctx: NoteHighlightContext): Promise<void> {
  const id = noteParam(location.search);
  if (id === undefined) return;
  const noteUrl = withBase(`notes/${encodeURIComponent(id)}/`);
  const banner = document.createElement('div');
  banner.className = 'map-note-banner';
  banner.setAttribute('role', 'status');
  ctx.stage.append(banner);
  let note: NoteMapData;
  try {
    const res = await fetch(withBase(`notes/${encodeURIComponent(id)}/map.json`));
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    note = (await res.json()) as NoteMapData;
  } catch {
    banner.textContent = ctx.str('map.note.missing', { id });
    return;
  }
  await ctx.allIn;
  const { cy, model } = ctx;
  const { shown, missing } = splitOnMap(note.concepts, (c) => model.byId.has(c) && cy.getElementById(c).nonempty());
  for (const c of shown) ctx.reveal(c);
  const on = new Set(shown);
  const clear = (): void => {
    cy.batch(() => cy.elements('.note-hl, .note-dim').removeClass('note-hl note-dim'));
    delete ctx.stage.dataset.note;
    banner.remove();
    const url = new URL(location.href);
    url.searchParams.delete('note');
    history.replaceState(history.state, '', url);
  };
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      n.addClass(on.has(n.id()) ? 'note-hl' : 'note-dim');
    });
    cy.edges().forEach((e) => {
      if (!(on.has(e.source().id()) && on.has(e.target().id()))) e.addClass('note-dim');
    });
  });
  ctx.stage.dataset.note = note.id;

  const text = document.createElement('span');
  const paint = (): void => {
    text.textContent = ctx.str('map.note.banner', { title: note.title, n: shown.length }) + (missing > 0 ? ` ${ctx.str('map.note.offMap', { n: missing })}` : '');
    back.textContent = ctx.str('map.note.back');
    btn.textContent = ctx.str('map.note.clear');
  };
  const back = document.createElement('a');
  back.href = noteUrl;
  const btn = document.createElement('button');
  btn.type = 'button';
  btn.className = 'btn';
  btn.addEventListener('click', clear);
  banner.replaceChildren(text, back, btn);
  paint();
  document.addEventListener('k8smap:lang', paint);
  // The highlighted concepts in view, clear of the banner, the caption and the zoom buttons: all of
  // them when that is readable, else the screenful that holds the most (highlightView).
  const boxes = shown.flatMap((c) => {
    const n = model.byId.get(c);
    return n ? [n] : [];
  });
  const insets = { ...START_INSETS, top: banner.offsetTop + banner.offsetHeight };
  const view = highlightView(boxes, cy.width(), cy.height(), FIT_PAD, insets);
  if (view) cy.animate({ zoom: view.zoom, pan: view.pan }, { duration: 300 });
}
