/**
 * keys10 (docs/miner.md, "keys10"): the keys of a tool's own file the note fences (tool-files.ts),
 * a key list that sets them out (unplaced-keys.ts `toolFileKey`), and the bench counter
 * (bench/lib/tool-keys.mjs). Tools, keys and notes written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { fenceKeys, iniKeys, toolFileKeys } from '../../../src/graph/miner/tool-files.ts';
import { TOOL_KEY_RULES, toolFileKey } from '../../../src/graph/miner/unplaced-keys.ts';
import { blockKeys, chapterToolKeys, commandFlags, linePosition, listLeads } from '../../../bench/lib/tool-keys.mjs';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const graphOf = async (...lines: string[]) => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const concept = (g: Awaited<ReturnType<typeof graphOf>>, title: string) => g.concepts.find((c) => c.title === title);
const names = (r: { keys: { name: string }[] }) => r.keys.map((k) => k.name);

describe('the keys of a tool\'s file, read with its format\'s parser', () => {
  it('an INI-like file: sections, `key = value`, and `Key  value` under a section', () => {
    expect(iniKeys('[SPOOL]\n    Flush_Every_Sec  5\n    Max_Spool_Mb 64\n# a comment\n[SINK]\n    Name  archive')?.map((k) => k.path)).toEqual(['SPOOL.Flush_Every_Sec', 'SPOOL.Max_Spool_Mb', 'SINK.Name']);
    expect(iniKeys('spool.dir=/var/spool\nspool.max-mb=64')?.map((k) => k.name)).toEqual(['spool.dir', 'spool.max-mb']);
    // (a command or a sentence is no such file; one assignment alone is none either)
    expect(iniKeys('kubectl get pods -n demo')).toBeUndefined();
    expect(iniKeys('x = 1')).toBeUndefined();
  });
  it('YAML, JSON and TOML with their parsers; a Kubernetes manifest\'s keys apart', () => {
    expect(fenceKeys('yaml', 'spooler:\n  flush_every: 5s\n  max_chunks: 8\n')).toEqual({
      syntax: 'yaml',
      keys: [
        { name: 'spooler', path: 'spooler', syntax: 'yaml' },
        { name: 'flush_every', path: 'spooler.flush_every', syntax: 'yaml' },
        { name: 'max_chunks', path: 'spooler.max_chunks', syntax: 'yaml' },
      ],
    });
    expect(names(fenceKeys('json', '{"spoolDir": "/x", "limits": {"maxMb": 4}}'))).toEqual(['spoolDir', 'limits', 'maxMb']);
    expect(names(fenceKeys('toml', '[spool]\nflush_every = "5s"\n[spool.limits]\nmax_mb = 4\n'))).toEqual(['spool', 'flush_every', 'limits', 'max_mb']);
    const m = fenceKeys('yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n');
    expect(m.syntax).toBe('manifest');
    expect(m.keys.every((k) => k.syntax === 'manifest')).toBe(true);
  });
  it('a tool\'s file held in a ConfigMap is read as that file', () => {
    const r = fenceKeys('yaml', ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: spooler', 'data:', '  spooler.conf: |', '    [SPOOL]', '        Flush_Every_Sec  5', '        Max_Spool_Mb     64', ''].join('\n'));
    expect(r.keys.filter((k) => k.syntax === 'ini').map((k) => k.name)).toEqual(['Flush_Every_Sec', 'Max_Spool_Mb']);
    expect(toolFileKeys({ children: [{ type: 'code', lang: 'yaml', value: ['apiVersion: v1', 'kind: ConfigMap', 'data:', '  a.conf: |', '    [S]', '        Spool_Dir  /x', ''].join('\n') }] })).toEqual(new Set(['Spool_Dir']));
  });
  it('untagged fences: a YAML mapping, else an INI-like file; programs, shells and command output are none', () => {
    expect(fenceKeys('', '[SPOOL]\n    Flush_Every_Sec  5\n').syntax).toBe('ini');
    expect(fenceKeys('', 'spooler:\n  flush_every: 5s\n').syntax).toBe('yaml');
    expect(fenceKeys('', 'kubectl apply -f spooler.yaml').syntax).toBe('none');
    expect(fenceKeys('bash', 'spoolctl --flush-every=5s').syntax).toBe('none');
    expect(fenceKeys('go', 'x := map[string]int{}').syntax).toBe('none');
    expect(fenceKeys('text', 'Name:   spooler-0\nStatus: Running\n').syntax).toBe('none');
  });
});

describe('a key list that sets out the keys of the tool\'s file', () => {
  it('admits a key list\'s key of the file whatever its spelling, not an API field, not another rule', () => {
    const tool = (n: string) => ['Flush_Every_Sec', 'DB', 'max_chunks', 'path'].includes(n);
    const api = (n: string) => n.toLowerCase() === 'path';
    expect(TOOL_KEY_RULES.has('code-colon')).toBe(true);
    expect(toolFileKey('code-colon', '`Flush_Every_Sec`', tool, api)).toBe('tool');
    expect(toolFileKey('code-colon', 'DB', tool, api)).toBe('tool');
    expect(toolFileKey('code-colon', 'max_chunks', tool, api)).toBe('tool');
    // (a key the API has under its name: the resolver's own reading stands)
    expect(toolFileKey('code-colon', 'path', tool, api)).toBeUndefined();
    // (a name the file does not set)
    expect(toolFileKey('code-colon', 'Spool_Quota', tool, api)).toBeUndefined();
    // (yaml-explained: a custom kind's fields as often: not admitted)
    expect(toolFileKey('yaml-explained', 'max_chunks', tool, api)).toBeUndefined();
  });
  it('a whole note: the agent\'s file, then its keys one by one', async () => {
    const g = await graphOf(
      '# 日志代理的缓冲',
      '',
      '~~~',
      '[SPOOL]',
      '    Flush_Every_Sec  5',
      '    DB               /var/spool/pos.db',
      '    max_chunks       8',
      '~~~',
      '',
      '常用参数：',
      '',
      '- `Flush_Every_Sec`：每隔几秒把缓冲里的记录交给输出端，调小延迟低但请求多',
      '- `DB`：记录每个文件读到哪里的位置库，重启后从上次的位置接着读',
      '- `max_chunks`：内存里最多攒几个块，攒满就先停止读取',
    );
    expect(concept(g, 'Flush_Every_Sec')?.kind).toBe('term');
    expect(concept(g, 'DB')?.kind).toBe('term');
    expect(concept(g, 'max_chunks')?.kind).toBe('term');
  });
  // rules25b: without the file a key spelt in snake_case (`max_chunks`) is still a name by its spelling
  // (item-shapes.ts CODE_NAME_SPELLINGS `snake`: 36 labelled / 1 unlabelled over the dev sets, docs/miner.md
  // "rules25b"); a capitalised `Title_Snake` key (`Flush_Every_Sec`) is not read without the file
  it('the same list without the file: no key of a tool the note shows, but a snake_case name by its spelling', async () => {
    const g = await graphOf(
      '# 日志代理的缓冲',
      '',
      '常用参数：',
      '',
      '- `Flush_Every_Sec`：每隔几秒把缓冲里的记录交给输出端，调小延迟低但请求多',
      '- `max_chunks`：内存里最多攒几个块，攒满就先停止读取',
    );
    expect(concept(g, 'Flush_Every_Sec')).toBeUndefined();
    expect(concept(g, 'max_chunks')?.kind).toBe('term');
  });
});

describe('the bench counter (bench/lib/tool-keys.mjs)', () => {
  it('places a key by the most structural line that writes it', () => {
    expect(linePosition('| `Flush_Every_Sec` | 每隔几秒交给输出端 |', 'Flush_Every_Sec')).toBe('table-first');
    expect(linePosition('| 缓冲 | `Flush_Every_Sec` |', 'Flush_Every_Sec')).toBe('table-cell');
    expect(linePosition('- `Flush_Every_Sec`：每隔几秒交给输出端', 'Flush_Every_Sec')).toBe('list-lead');
    expect(linePosition('`Flush_Every_Sec 5` 之后每 5 秒交一次', 'Flush_Every_Sec')).toBe('para-lead');
    expect(linePosition('满了之后 `when_full: block`（反压）', 'when_full')).toBe('code-explained');
    expect(linePosition('再设 `when_full` 就行', 'when_full')).toBe('code-explained');
    expect(linePosition('见 `when_full`.', 'when_full')).toBe('code-span');
    expect(linePosition('when_full 决定满了怎么办', 'when_full')).toBe('plain');
    expect(linePosition('when_fully 不是它', 'when_full')).toBeUndefined();
  });
  it('the names opening the items of a key list', () => {
    const text = '参数：\n\n- `A_Key`：一\n- `B_Key`：二\n- `C_Key`：三\n\n段落';
    expect(listLeads(text, 4)).toEqual(['A_Key', 'B_Key', 'C_Key']);
    expect(listLeads(text, 7)).toEqual([]);
  });
  it('command flags of a shell fence, and a chapter\'s tool keys with their positions', () => {
    expect(commandFlags('spoolctl --flush-every=5s --dry-run\n# --not-this').map((k: { name: string }) => k.name)).toEqual(['--flush-every', '--dry-run']);
    expect(blockKeys('bash', 'spoolctl --flush-every=5s').syntax).toBe('flags');
    const keys = chapterToolKeys(note('# x', '', '~~~', '[SPOOL]', '    Flush_Every_Sec  5', '    Spool_Dir  /x', '~~~', '', '- `Flush_Every_Sec`：每隔几秒交给输出端'));
    expect(keys.map((k: { name: string; position: string }) => `${k.name}:${k.position}`)).toEqual(['Flush_Every_Sec:list-lead', 'Spool_Dir:fence-only']);
  });
});
