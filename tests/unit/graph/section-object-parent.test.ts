/**
 * A term defined under a heading about another kind's parts (`## Secret 的类型` in a chapter whose
 * home is ConfigMap) hangs under that kind, not under the home (Node.sectionObject). Chapters
 * written for this test; each look-alike must keep the term under the home.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, mineNotes, parentTitle } from './helpers.ts';

afterAll(cleanup);

const chapter = (heading: string): string[] => [
  '# ConfigMap 学习记录',
  '',
  '**ConfigMap：** 保存非敏感配置的键值对对象，Pod 通过环境变量或挂载文件读取。',
  '',
  '**Secret：** 存放密码、令牌、证书等敏感数据的对象，值要 base64 编码。',
  '',
  `## ${heading}`,
  '',
  '- **kubernetes.io/tls：** 必须有 tls.crt 和 tls.key 两个键。',
  '- **kubernetes.io/dockerconfigjson：** 拉私有镜像用，配合 imagePullSecrets。',
];

describe('a term under a heading about another kind', () => {
  it('`## Secret 的类型`: the types hang under Secret', async () => {
    const g = await mineNotes({ 'notes/c.md': chapter('Secret 的类型') });
    expect(parentTitle(g, 'kubernetes.io/tls')).toBe('Secret');
    expect(parentTitle(g, 'kubernetes.io/dockerconfigjson')).toBe('Secret');
  });
  it('a numbered heading too (`## 3. Secret 的类型`)', async () => {
    const g = await mineNotes({ 'notes/c.md': chapter('3. Secret 的类型') });
    expect(parentTitle(g, 'kubernetes.io/tls')).toBe('Secret');
  });
  it('look-alike: a heading naming two kinds names neither (`ConfigMap 和 Secret 的类型`)', async () => {
    const g = await mineNotes({ 'notes/c.md': chapter('ConfigMap 和 Secret 的类型') });
    expect(parentTitle(g, 'kubernetes.io/tls')).not.toBe('Secret');
  });
  it('look-alike: a heading that only mentions the kind (`什么时候用 Secret`)', async () => {
    const g = await mineNotes({ 'notes/c.md': chapter('什么时候用 Secret') });
    expect(parentTitle(g, 'kubernetes.io/tls')).not.toBe('Secret');
  });
});
