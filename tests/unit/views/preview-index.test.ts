/** The preview index (preview-index.json): what a concept link's hover card shows, built once per build. */
import { afterAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadGraph } from '../../../src/graph/index.ts';
import {
  buildPreviewIndex,
  buildPreviewIndexJson,
  exampleHead,
  previewIdFromHref,
  previewIndexPath,
  shorten,
  PREVIEW_EXAMPLE_LINES,
  PREVIEW_SUMMARY_CHARS,
} from '../../../src/views/preview-index.ts';
import { cleanup, contentDir } from '../graph/helpers.ts';

afterAll(cleanup);

describe('buildPreviewIndex', () => {
  it('holds both names, kind, summary and the first lines of the first example, for every concept', async () => {
    const long = '摘要'.repeat(200);
    const dir = await contentDir({
      'map.md': '- Root {#root}\n  - Pod（容器组） {#pod}\n  - Stub thing（占位） {#stub}\n',
      'concepts/pod.md': `---\nid: pod\ntitle: Pod\ntitleZh: 容器组\ntitleEn: Pod\nkind: object\nsummary: ${long}\n---\n\nText.\n\n\`\`\`yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n    - name: web\n      image: nginx\n\`\`\`\n\n\`\`\`yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: second\n\`\`\`\n`,
    });
    const graph = await loadGraph(dir, { layout: false });
    const idx = buildPreviewIndex(graph);
    expect(Object.keys(idx.concepts).sort()).toEqual(graph.concepts.map((c) => c.id).sort());
    const pod = idx.concepts.pod!;
    expect(pod).toMatchObject({ title: 'Pod', zh: '容器组', kind: 'object', hasNote: true });
    expect(pod.en).toBeUndefined(); // same as the title
    expect([...pod.summary!].length).toBe(PREVIEW_SUMMARY_CHARS);
    expect(pod.summary!.endsWith('…')).toBe(true);
    expect(pod.example!.split('\n')).toHaveLength(PREVIEW_EXAMPLE_LINES);
    expect(pod.example!.startsWith('apiVersion: v1\nkind: Pod\nmetadata:\n  name: a')).toBe(true);
    expect(pod.exampleMore).toBe(true);
    const stub = idx.concepts.stub!;
    expect(stub).toMatchObject({ title: 'Stub thing', zh: '占位', hasNote: false });
    expect(stub.example).toBeUndefined();
  });

  it('keeps hostile titles and summaries as data, and the JSON has no raw "<"', async () => {
    const graph = await loadGraph(path.resolve('tests/fixtures/site'), { layout: false });
    const json = buildPreviewIndexJson(graph);
    expect(json).not.toContain('<');
    const back = JSON.parse(json) as ReturnType<typeof buildPreviewIndex>;
    expect(back).toEqual(buildPreviewIndex(graph));
    expect(back.concepts.hostile!.title).toBe('<img src=x onerror=alert(1)>');
    expect(back.concepts.hostile!.zh).toBe('<script>alert("zh")</script>恶意标题');
    expect(back.concepts.hostile!.summary).toContain('<img src=x onerror=alert(3)>');
  });
});

describe('helpers', () => {
  it('shorten and exampleHead cut by characters, not UTF-16 halves', () => {
    expect(shorten('  a  b  ', 10)).toBe('a b');
    expect(shorten('😀😀😀😀', 3)).toBe('😀😀…');
    const head = exampleHead('\n\nk: v\n\tx: 1\n' + 'a'.repeat(100) + '\nb\nc\nd\ne\n', 4, 10);
    expect(head.text).toBe('k: v\n  x: 1\naaaaaaaaa…\nb');
    expect(head.more).toBe(true);
    expect(exampleHead('a: 1\n').more).toBe(false);
  });

  it('previewIdFromHref recognises concept pages by URL, base-path aware', () => {
    const page = 'https://h.example/k8s-map/concepts/pod/';
    const base = '/k8s-map/';
    expect(previewIdFromHref('/k8s-map/concepts/host-ipc/', page, base)).toBe('host-ipc');
    expect(previewIdFromHref('../sidecar/#usage', page, base)).toBe('sidecar');
    expect(previewIdFromHref('https://h.example/k8s-map/concepts/%E5%AE%B9%E5%99%A8/?x=1', page, base)).toBe('容器');
    expect(previewIdFromHref('/k8s-map/concepts/pod/index.html', page, base)).toBe('pod');
    expect(previewIdFromHref('/k8s-map/concepts/', page, base)).toBeUndefined();
    expect(previewIdFromHref('/concepts/pod/', page, base)).toBeUndefined();
    expect(previewIdFromHref('/k8s-map/concepts/pod/extra/', page, base)).toBeUndefined();
    expect(previewIdFromHref('https://other.example/k8s-map/concepts/pod/', page, base)).toBeUndefined();
    expect(previewIdFromHref('javascript:alert(1)', page, base)).toBeUndefined();
    expect(previewIdFromHref('/k8s-map/concepts/%E0%A4%A/', page, base)).toBeUndefined();
    expect(previewIdFromHref('/concepts/pod/', 'http://127.0.0.1:4321/', '/')).toBe('pod');
    expect(previewIndexPath('/k8s-map/')).toBe('/k8s-map/preview-index.json');
  });
});
