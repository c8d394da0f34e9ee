/**
 * A concept page's heading follows the UI language as the map, the concepts index and search do:
 * the Chinese name first in Chinese, the English name (the map's) first in English, then the
 * other names, each once (src/views/concept-names.ts `headingNames`).
 */
import { describe, expect, it } from 'vitest';
import { enName, headingNames } from '../../../src/views/concept-names.ts';

describe('headingNames', () => {
  it('leads with the Chinese name in Chinese and the English (map) name in English; the note title comes last when it is neither', () => {
    const c = { title: 'Container basics', titleZh: '容器技术基础', titleEn: 'Container fundamentals', parent: 'root' };
    expect(headingNames(c)).toEqual({
      zh: { lead: '容器技术基础', others: ['Container fundamentals', 'Container basics'] },
      en: { lead: 'Container fundamentals', others: ['容器技术基础', 'Container basics'] },
    });
  });

  it('shows each name once, spelled as the title when only the letter case differs (a field keeps its own spelling)', () => {
    const c = { title: 'Linux Process Management', titleZh: 'Linux 进程管理', titleEn: 'Linux process management', parent: 'root' };
    expect(headingNames(c)).toEqual({
      zh: { lead: 'Linux 进程管理', others: ['Linux Process Management'] },
      en: { lead: 'Linux Process Management', others: ['Linux 进程管理'] },
    });
    const field = { title: 'hostAliases', titleZh: '主机别名', titleEn: 'HostAliases', parent: 'pod' };
    expect(headingNames(field)).toEqual({ zh: { lead: '主机别名', others: ['hostAliases'] }, en: { lead: 'hostAliases', others: ['主机别名'] } });
    const pod = { title: 'Pod', titleZh: '容器组', titleEn: 'Pod', parent: 'workloads' };
    expect(headingNames(pod)).toEqual({ zh: { lead: '容器组', others: ['Pod'] }, en: { lead: 'Pod', others: ['容器组'] } });
  });

  it('drops a title that is only its two names, keeps one that says more', () => {
    const mesh = { title: '服务网格（Service Mesh）', titleZh: '服务网格', titleEn: 'Service Mesh', parent: 'root' };
    expect(headingNames(mesh)).toEqual({ zh: { lead: '服务网格', others: ['Service Mesh'] }, en: { lead: 'Service Mesh', others: ['服务网格'] } });
    const gloss = { title: 'dockershim（Docker）', titleZh: undefined, titleEn: undefined, parent: 'runtime' };
    expect(headingNames(gloss)).toEqual({ zh: { lead: 'dockershim（Docker）', others: [] }, en: { lead: 'dockershim（Docker）', others: [] } });
  });

  it('a name in one language only is the lead in both; the map root gets the site title in English', () => {
    const zhOnly = { title: '调度器', titleZh: '调度器', titleEn: undefined, parent: 'root' };
    expect(headingNames(zhOnly)).toEqual({ zh: { lead: '调度器', others: [] }, en: { lead: '调度器', others: [] } });
    const root = { title: 'Kubernetes 技能图谱', titleZh: 'Kubernetes 技能图谱', titleEn: undefined, parent: undefined };
    const h = headingNames(root);
    expect(h.zh).toEqual({ lead: 'Kubernetes 技能图谱', others: [] });
    expect(h.en.lead).not.toBe('Kubernetes 技能图谱');
    expect(h.en.others).toEqual(['Kubernetes 技能图谱']);
  });

  it('a concept mined beside a map.md has no parent either (off the curated tree) but is no root: its English name is its own, not the site title', () => {
    // A reader's notes with a map.md: `kubectl apply` and the chapter topic 配置注入 stay off the map
    // (parent undefined) in the root's branch or another; their pages were titled
    // 'kubectl apply（Kubernetes Skill Map）' and led with 'Kubernetes Skill Map' in English.
    const off = { id: 'kubectl-apply', branch: 'k8s', title: 'kubectl apply', titleZh: undefined, titleEn: undefined, parent: undefined };
    expect(headingNames(off)).toEqual({ zh: { lead: 'kubectl apply', others: [] }, en: { lead: 'kubectl apply', others: [] } });
    expect(enName(off)).toBeUndefined();
    const topic = { id: 'topic-965a9ea1', branch: 'k8s', title: '配置注入', titleZh: undefined, titleEn: undefined, parent: undefined };
    expect(headingNames(topic).en).toEqual({ lead: '配置注入', others: [] });
    const field = { id: 'required-during-scheduling', branch: 'scheduling', title: 'requiredDuringScheduling', titleZh: undefined, titleEn: undefined, parent: undefined };
    expect(enName(field)).toBeUndefined();
    // The root itself (its own branch) still gets the site's English title.
    const root = { id: 'k8s', branch: 'k8s', title: 'Kubernetes 技能图谱', titleZh: 'Kubernetes 技能图谱', titleEn: undefined, parent: undefined };
    expect(enName(root)).toBe('Kubernetes Skill Map');
  });
});

describe('headingNames kept per concept (perf54)', () => {
  it('answers the same concept object with the same frozen names, and works them out again when its names change', () => {
    const c: { title: string; titleZh?: string; titleEn?: string; parent?: string } = { title: 'Container basics', titleZh: '容器技术基础', titleEn: 'Container fundamentals', parent: 'root' };
    const first = headingNames(c);
    expect(headingNames(c)).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.zh) && Object.isFrozen(first.zh.others) && Object.isFrozen(first.en.others)).toBe(true);
    // A copy with the same names gets equal names (worked out for it).
    expect(headingNames({ ...c })).toEqual(first);
    // The same object with another title: not the kept answer.
    c.title = 'Containers';
    expect(headingNames(c)).toEqual({
      zh: { lead: '容器技术基础', others: ['Container fundamentals', 'Containers'] },
      en: { lead: 'Container fundamentals', others: ['容器技术基础', 'Containers'] },
    });
    c.titleEn = undefined;
    c.titleZh = undefined;
    expect(headingNames(c).en).toEqual({ lead: 'Containers', others: [] });
    c.parent = undefined;
    // (no parent and no branch: the map root, whose English name is the site's title)
    expect(headingNames(c).en).toEqual({ lead: 'Kubernetes Skill Map', others: ['Containers'] });
  });
});
