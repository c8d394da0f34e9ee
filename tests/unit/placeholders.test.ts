/**
 * `fillPlaceholders` (src/graph/model.ts): the one place a UI string's `{name}` placeholders are
 * filled — by the engine's finding texts, the pages' `t`, the language switch and the browser
 * scripts' string tables. Each of those goes through it, and they all behave the same.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fillPlaceholders } from '../../src/graph/model.ts';
import { t } from '../../src/i18n/index.ts';
import { findingMessage } from '../../src/graph/diagnostics.ts';

describe('fillPlaceholders', () => {
  it('fills each placeholder from vars, repeated ones each time, numbers as text', () => {
    expect(fillPlaceholders('{n} of {total}', { n: 3, total: 10 })).toBe('3 of 10');
    expect(fillPlaceholders('{a}-{a}-{a}', { a: 'x' })).toBe('x-x-x');
    expect(fillPlaceholders('{zero}', { zero: 0 })).toBe('0');
  });

  it('leaves a placeholder with no value as written, and text without placeholders alone', () => {
    expect(fillPlaceholders('{known} {unknown}', { known: 'k' })).toBe('k {unknown}');
    expect(fillPlaceholders('no placeholder', { a: 'b' })).toBe('no placeholder');
    expect(fillPlaceholders('{not a name} {}', { 'not a name': 'x' })).toBe('{not a name} {}');
    expect(fillPlaceholders('card id {#{id}}', { id: 'q1' })).toBe('card id {#q1}');
  });

  it("never takes an object's inherited properties for values", () => {
    expect(fillPlaceholders('{constructor} {toString} {__proto__}', {})).toBe('{constructor} {toString} {__proto__}');
  });

  it('inserts a value as it is: not read as a template again, not escaped (the caller escapes HTML)', () => {
    expect(fillPlaceholders('{a} {b}', { a: '{b}', b: '$&' })).toBe('{b} $&');
    expect(fillPlaceholders('link {path}', { path: '<img src=x onerror=alert(1)>' })).toBe('link <img src=x onerror=alert(1)>');
  });

  it('is what t() and findingMessage() fill with', () => {
    expect(t('progress.review.newPerDayHint', { min: 1, max: 99 }, 'en')).toBe(fillPlaceholders(readTable('en')['progress.review.newPerDayHint']!, { min: 1, max: 99 }));
    expect(findingMessage('finding.wiki-dangling', { target: 'a}{b' }, 'en')).toBe('wiki link [[a}{b]] points to no concept or note');
    expect(findingMessage('finding.no-such-key', {})).toBeUndefined();
  });

  it('has one home: no other source file fills `{name}` placeholders itself', () => {
    const root = path.resolve(import.meta.dirname, '../../src');
    const files = ['graph/diagnostics.ts', 'i18n/index.ts', 'scripts/preferences.ts', 'scripts/progress/strings.ts', 'scripts/search/ui.ts', 'scripts/map/skill-map.ts'];
    for (const f of files) {
      const code = readFileSync(path.join(root, f), 'utf8');
      expect(code, f).toContain('fillPlaceholders(');
      expect(code, f).not.toMatch(/\\\{\(\\w\+\)\\\}/);
    }
  });
});

function readTable(lang: 'en' | 'zh-CN'): Record<string, string> {
  return JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../src/i18n/${lang}.json`), 'utf8')) as Record<string, string>;
}
