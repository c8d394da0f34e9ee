/**
 * rules38 (docs/miner.md, "rules38"): names that come from code — code-generator markers, Go names
 * called by package, a builder's methods, a scaffold's make targets, generated Go files — and tables
 * giving Latin names their Chinese names. Sentences and notes written for this test, not taken from
 * the corpora, each with look-alikes that must not give the same reading.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { CODE_NAME_EXPLAINED, codeNameAliases, codeNameShape, isCodeName, qualifiedLike } from '../../../src/graph/miner/code-names.ts';
import { glossaryColumns, glossedRowName } from '../../../src/graph/miner/table-shapes.ts';
import { isFileName } from '../../../src/graph/miner/label-rules.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
/** The kinds of the concepts titled `title` in a note written in these lines, and all titles. */
const conceptsOf = async (...lines: string[]) => {
  const g = await loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
  const of = (title: string) => g.concepts.filter((c) => c.title === title).map((c) => c.kind);
  return Object.assign(of, { aliasesOf: (title: string) => g.concepts.find((c) => c.title === title)?.aliases ?? [] });
};

describe('codeNameShape: names spelt as code', () => {
  it.each([
    ['+kubebuilder:validation:Pattern', 'marker'],
    ['+kubebuilder:validation:MaxItems=10', 'marker'],
    ['+genclient', 'marker'],
    ['+listType=atomic', 'marker'],
    ['+k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object', 'marker'],
    ['handler.EnqueueRequestForOwner', 'go-qualified'],
    ['builder.WithPredicates', 'go-qualified'],
    ['mgr.GetScheme()', 'go-qualified'],
    ['Complete()', 'go-call'],
    ['make run', 'make-target'],
    ['`make docker-build`', 'make-target'],
  ])('%s is a %s', (name, shape) => {
    expect(codeNameShape(name)).toBe(shape);
  });

  it.each([
    'spec.replicas', // a field path: lower-case segments
    'status.conditions[].type',
    'r.Delete()', // a method called on a one-letter variable
    '+1', // a number
    'C++', // a language
    'make', // the tool alone
    'make -j4', // a flag
    'Reconcile', // a bare word: no parentheses
    'kubectl apply', // a command of kubectl
    'example.com/finalizer', // a key written as domain/name
  ])('%s is no name spelt as code', (name) => {
    expect(isCodeName(name)).toBe(false);
  });

  it('other spellings: without the parentheses, and a long identifier without its package', () => {
    expect(codeNameAliases('mgr.GetScheme()')).toEqual(['mgr.GetScheme', 'GetScheme']);
    expect(codeNameAliases('handler.EnqueueRequestForOwner')).toEqual(['EnqueueRequestForOwner']);
    expect(codeNameAliases('ctrl.Request')).toEqual([]); // a plain word alone stands for nothing
    expect(codeNameAliases('Complete()')).toEqual(['Complete']);
    expect(codeNameAliases('+optional')).toEqual([]);
  });

  it('a predicate after a code name explains it; a genitive, a conjunction or a place does not', () => {
    expect(CODE_NAME_EXPLAINED.test(' 负责把事件转成请求')).toBe(true);
    expect(CODE_NAME_EXPLAINED.test('会在启动时调用')).toBe(true);
    expect(CODE_NAME_EXPLAINED.test(' 的返回值')).toBe(false);
    expect(CODE_NAME_EXPLAINED.test(' 和 `Owns()` 一起用')).toBe(false);
    expect(CODE_NAME_EXPLAINED.test('里可以再挂 predicate')).toBe(false);
    expect(CODE_NAME_EXPLAINED.test('，')).toBe(false);
  });

  it('a Go source file is a file by its name', () => {
    expect(isFileName('zz_generated.conversion.go')).toBe(true);
    expect(isFileName('webhook_suite_test.go')).toBe(true);
    expect(isFileName('go')).toBe(false);
  });
});

describe('names spelt as code in a note', () => {
  it('a marker in bold opening an item is a term, not a statement about kubebuilder and validation', async () => {
    const of = await conceptsOf(
      '# 校验',
      '',
      '- **+kubebuilder:validation:Pattern**：给字符串字段加正则，apiserver 写入时校验。',
      '- **+kubebuilder:validation:MinItems**：数组至少要有几个元素。',
    );
    expect(of('+kubebuilder:validation:Pattern')).toEqual(['term']);
    expect(of('+kubebuilder:validation:MinItems')).toEqual(['term']);
  });

  it('a make target or a generated Go file opening an item with a colon is a term; another tool is not', async () => {
    const of = await conceptsOf(
      '# 脚手架',
      '',
      '- `make run`：在本机直接跑控制器，连的是当前 kubeconfig 指向的集群。',
      '- `zz_generated.conversion.go`：转换函数，生成出来的，别手改。',
      '- `git status`：看改了哪些文件。',
      '',
      '改完类型再跑一次 `make install`，不然集群里的 CRD 还是旧的。',
    );
    expect(of('make run')).toEqual(['term']);
    expect(of('make install')).toEqual([]); // named in passing
    expect(of('zz_generated.conversion.go')).toEqual(['term']);
    expect(of('git status')).toEqual([]);
  });

  it('a Go name opening its paragraph with a predicate is a term, with its bare spelling as an alias', async () => {
    const of = await conceptsOf(
      '# 监听',
      '',
      '`handler.EnqueueRequestForOwner` 把子对象的事件映射成 owner 的 key 再入队。',
      '',
      '`Complete()` 把前面配好的控制器注册进 Manager。',
    );
    expect(of('handler.EnqueueRequestForOwner')).toEqual(['term']);
    expect(of.aliasesOf('handler.EnqueueRequestForOwner')).toContain('EnqueueRequestForOwner');
    expect(of('Complete()')).toEqual(['term']);
  });

  it('a Go name opening a paragraph as a genitive, or a call on a variable, is no term', async () => {
    const of = await conceptsOf(
      '# 读写',
      '',
      '`builder.WithPredicates` 的参数可以传好几个。',
      '',
      '`r.Delete()` 删除对象，返回前不会等它真的消失。',
    );
    expect(of('builder.WithPredicates')).toEqual([]);
    expect(of('r.Delete()')).toEqual([]);
  });

  it('a name spelt as code set in bold mid-sentence is a term; an emphasised word is not', async () => {
    const of = await conceptsOf('# 条件', '', '新写的 CRD 建议直接复用 **metav1.Duration** 这样的通用类型，**不要**自己再发明一个。');
    expect(of('metav1.Duration')).toEqual(['term']);
    expect(of('不要')).toEqual([]);
  });

  it('a bold label joining a Go name and another name makes the Go name a term', async () => {
    const of = await conceptsOf('# 工具函数', '', '**controllerutil.ContainsFinalizer / HasControllerReference**：只读，不改对象。');
    expect(of('controllerutil.ContainsFinalizer')).toEqual(['term']);
    expect(of('controllerutil.HasControllerReference')).toEqual(['term']);
  });

  it('a bare name joined after a Go name is in its package; other parts are as written', () => {
    expect(qualifiedLike('handler.EnqueueRequestForObject', 'EnqueueRequestForOwner')).toBe('handler.EnqueueRequestForOwner');
    expect(qualifiedLike('hostNetwork', 'hostIPC')).toBe('hostIPC');
    expect(qualifiedLike('meta.SetStatusCondition', 'spec.replicas')).toBe('spec.replicas');
  });
});

describe('glossary tables: Latin names with their Chinese names', () => {
  it('the columns: a column headed 中文 (not the first), no column of short forms', () => {
    expect(glossaryColumns(['模式', '中文', '说明'])).toEqual({ name: 0, chinese: 1 });
    expect(glossaryColumns(['英文', '说明', '译名'])).toEqual({ name: 0, chinese: 2 });
    expect(glossaryColumns(['中文', '英文'])).toBeUndefined();
    expect(glossaryColumns(['缩写', '全称', '中文'])).toBeUndefined();
    expect(glossaryColumns(['字段', '含义'])).toBeUndefined();
  });

  it('a row: a Latin name and a Chinese name', () => {
    expect(glossedRowName('`IfNotPresent`', '本地没有才拉')).toEqual({ name: 'IfNotPresent', aliases: ['本地没有才拉'] });
    expect(glossedRowName('Server Side Apply', '服务端应用')).toEqual({ name: 'Server Side Apply', aliases: ['服务端应用'] });
    expect(glossedRowName('默认', '默认值')).toBeUndefined();
    expect(glossedRowName('Retain', '-')).toBeUndefined();
  });

  it('each row of such a table is a term named with its Chinese name', async () => {
    const of = await conceptsOf(
      '# 更新方式',
      '',
      '| 方式 | 中文 | 说明 |',
      '|---|---|---|',
      '| Recreate | 重建 | 先删旧 Pod 再建新的 |',
      '| InPlace | 原地升级 | 不重建 Pod，只换镜像 |',
    );
    expect(of('InPlace')).toEqual(['term']);
    expect(of.aliasesOf('InPlace')).toContain('原地升级');
  });
});
