/**
 * Worker thread of prehighlight.ts: highlights YAML examples with `highlightExample`, one
 * message per example, in the order they arrive.
 */
import { parentPort } from 'node:worker_threads';
import type { YamlExample } from '../graph/model.ts';
import { highlightExample } from './highlight.ts';
import { conceptPath } from '../views/urls.ts';

interface Init {
  type: 'init';
  base: string;
  /** Concept id → title, for every concept (keys link only to concepts that exist). */
  titles: Record<string, string>;
  markerLabel: { error: string; warning: string };
  /** Description text → its id in the site's key-descriptions.json (key-descriptions.ts). */
  descriptionIds: Record<string, string>;
}
interface Job {
  type: 'job';
  example: YamlExample;
  idPrefix: string;
  findingsListId: string;
}

let init: Init | undefined;
let descriptionIds: Map<string, string> | undefined;

parentPort!.on('message', async (msg: Init | Job) => {
  if (msg.type === 'init') {
    init = msg;
    descriptionIds = new Map(Object.entries(msg.descriptionIds));
    return;
  }
  const { base, titles, markerLabel } = init!;
  try {
    const result = await highlightExample(msg.example, {
      conceptHref: (id) => (Object.hasOwn(titles, id) ? conceptPath(base, id) : undefined),
      conceptTitle: (id) => (Object.hasOwn(titles, id) ? titles[id] : undefined),
      idPrefix: msg.idPrefix,
      markerLabel,
      findingsListId: msg.findingsListId,
      descriptionId: (text) => descriptionIds!.get(text),
    });
    parentPort!.postMessage({ id: msg.example.id, result });
  } catch (err) {
    parentPort!.postMessage({ id: msg.example.id, error: String((err as Error).stack ?? err) });
  }
});
