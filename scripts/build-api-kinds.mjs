#!/usr/bin/env node
/**
 * Builds src/graph/vocabulary/api-kinds.json: every object kind of the Kubernetes API
 * (kubernetes-types, all groups and versions), with the apiVersions that serve it. The field
 * catalogue (src/graph/yaml/catalogue.json) covers the fields of the most used kinds; this list
 * names all of them, so the note miner knows `EndpointSlice` or `CustomResourceDefinition` is an
 * API object even though their fields are not catalogued.
 *
 * `otherKinds`: kinds that Kubernetes served in other releases than kubernetes-types' one, from
 * kubernetes-models (every release it models): kinds since removed (`PodSecurityPolicy`, gone in
 * 1.25) and kinds added later. Notes still explain them, and they are API objects all the same.
 *
 * A kind is an interface whose `kind` property is the string literal of its own name (list
 * types `…List` are left out). Run: `node scripts/build-api-kinds.mjs`. The output is committed.
 */
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'src/graph/vocabulary/api-kinds.json');
const typesDir = path.dirname(require.resolve('kubernetes-types/package.json'));
const version = JSON.parse(readFileSync(path.join(typesDir, 'package.json'), 'utf8')).version;

const literal = (member) => {
  const t = member.type;
  return t && ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? t.literal.text : undefined;
};

const kinds = new Map();
for (const group of readdirSync(typesDir, { withFileTypes: true })) {
  if (!group.isDirectory()) continue;
  for (const f of readdirSync(path.join(typesDir, group.name))) {
    if (!f.endsWith('.d.ts')) continue;
    const file = path.join(typesDir, group.name, f);
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    sf.forEachChild((node) => {
      if (!ts.isInterfaceDeclaration(node)) return;
      const name = node.name.text;
      let kind;
      let apiVersion;
      for (const m of node.members) {
        if (!ts.isPropertySignature(m) || !m.name || !ts.isIdentifier(m.name)) continue;
        if (m.name.text === 'kind') kind = literal(m);
        if (m.name.text === 'apiVersion') apiVersion = literal(m);
      }
      if (kind !== name || name.endsWith('List') || !apiVersion) return;
      const versions = kinds.get(name) ?? new Set();
      versions.add(apiVersion);
      kinds.set(name, versions);
    });
  }
}
// kubernetes-models: `export interface IKind extends TypeMeta { "apiVersion": "g/v"; "kind": "Kind"; … }`
const modelsDir = path.dirname(require.resolve('kubernetes-models/package.json'));
const modelsVersion = JSON.parse(readFileSync(path.join(modelsDir, 'package.json'), 'utf8')).version;
const other = new Map();
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== '_schemas') walk(p);
      continue;
    }
    if (!e.name.endsWith('.d.ts')) continue;
    const text = readFileSync(p, 'utf8');
    const m = /export interface I(\w+) extends TypeMeta \{\s*"apiVersion": "([^"]+)";\s*"kind": "(\w+)";/.exec(text);
    if (!m || m[1] !== m[3] || m[1].endsWith('List') || kinds.has(m[1])) continue;
    const versions = other.get(m[1]) ?? new Set();
    versions.add(m[2]);
    other.set(m[1], versions);
  }
};
walk(modelsDir);
const sorted = (m) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, [...v].sort()]));
const out = {
  source: `kubernetes-types@${version}`,
  kinds: sorted(kinds),
  otherSource: `kubernetes-models@${modelsVersion}`,
  otherKinds: sorted(other),
};
writeFileSync(OUT, JSON.stringify(out, null, 1) + '\n');
console.log(`${kinds.size} kinds, ${other.size} of other releases → ${path.relative(root, OUT)}`);
