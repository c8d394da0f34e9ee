import { describe, expect, it } from 'vitest';
import { describeNode, describeStateChange } from '../../../src/scripts/map/announce.ts';
import { mapKeyAction } from '../../../src/scripts/map/keys.ts';
import { smallMap } from './helpers.ts';

const str = (key: string, vars: Record<string, string | number> = {}) => `${key}${Object.keys(vars).length ? JSON.stringify(vars) : ''}`;
const facts = { str, kindName: (k: string) => `kind:${k}`, stateName: (s: string) => `state:${s}` };
const byId = new Map(smallMap().nodes.map((n) => [n.id, n]));

describe('live region text', () => {
  it('says names (both when they differ), kind and root or level', () => {
    expect(describeNode(byId.get('root')!, { ...facts, children: 2, collapsed: false })).toBe('根 Root：kind:topic，map.announce.root，map.announce.children{"count":2}');
    expect(describeNode(byId.get('b1')!, { ...facts, children: 0, collapsed: false })).toBe('Kubernetes作业 Kubernetes jobs：kind:topic，map.announce.level{"depth":2}');
  });

  it('adds folded, status, stub, learning state and share', () => {
    expect(describeNode(byId.get('a2')!, { ...facts, children: 1, collapsed: true, state: 'learned', share: '1 / 2' })).toBe(
      'a2中 a2：kind:object，map.announce.level{"depth":2}，map.announce.children{"count":1}，map.announce.collapsed，map.status.historical，state:learned，1 / 2',
    );
    expect(describeNode(byId.get('a2x')!, { ...facts, children: 0, collapsed: true })).toBe('a2x中 a2x：kind:topic，map.announce.level{"depth":3}，map.tt.stub');
  });

  it('after a change says the new state, the branch share (not for a branch itself) and a failed save', () => {
    expect(describeStateChange(byId.get('a1')!, 'learned', { ...facts, branchShare: '1 / 3' })).toBe('map.announce.progress{"name":"a1中","state":"state:learned"}，1 / 3');
    expect(describeStateChange(byId.get('a')!, 'learned', { ...facts, branchShare: '1 / 3', saveFailed: 'not saved' })).toBe('map.announce.progress{"name":"a中","state":"state:learned"}，not saved');
  });
});

describe('keyboard commands', () => {
  it('maps keys to actions', () => {
    expect(mapKeyAction({ key: 'ArrowRight' })).toEqual({ type: 'nav', key: 'ArrowRight' });
    expect(mapKeyAction({ key: 'Home' })).toEqual({ type: 'nav', key: 'Home' });
    expect(mapKeyAction({ key: 'Enter' })).toEqual({ type: 'open' });
    expect(mapKeyAction({ key: ' ' })).toEqual({ type: 'open' });
    expect(mapKeyAction({ key: '-' })).toEqual({ type: 'collapse' });
    expect(mapKeyAction({ key: '=' })).toEqual({ type: 'expand' });
    expect(mapKeyAction({ key: '3' })).toEqual({ type: 'state', state: 'learned' });
    expect(mapKeyAction({ key: '1' })).toEqual({ type: 'state', state: 'not-started' });
    expect(mapKeyAction({ key: 'Escape' })).toEqual({ type: 'close' });
  });

  it('leaves modified keys, Shift+digit and other keys to the browser', () => {
    expect(mapKeyAction({ key: 'ArrowRight', ctrlKey: true })).toBeUndefined();
    expect(mapKeyAction({ key: 'Enter', metaKey: true })).toBeUndefined();
    expect(mapKeyAction({ key: '2', altKey: true })).toBeUndefined();
    expect(mapKeyAction({ key: '2', shiftKey: true })).toBeUndefined();
    expect(mapKeyAction({ key: 'a' })).toBeUndefined();
    expect(mapKeyAction({ key: '5' })).toBeUndefined();
  });
});
