/**
 * Cross-check: everything the OpenAPI validators in kubernetes-models report (types, enums,
 * required fields) is also reported by analyzeYaml at the same line; analyzeYaml additionally
 * reports unknown fields, which kubernetes-models ignores.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validate as validatePod } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Pod';
import { validate as validateDeployment } from 'kubernetes-models/_schemas/IoK8sApiAppsV1Deployment';
import { validate as validateCronJob } from 'kubernetes-models/_schemas/IoK8sApiBatchV1CronJob';
import { validate as validateService } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Service';
import { validate as validatePvc } from 'kubernetes-models/_schemas/IoK8sApiCoreV1PersistentVolumeClaim';
import { validate as validateStatefulSet } from 'kubernetes-models/_schemas/IoK8sApiAppsV1StatefulSet';
import { analyzeYaml } from '../../../src/graph/yaml/analyze.ts';

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}
type Validate = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

const VALIDATORS: Record<string, Validate> = {
  Pod: validatePod as Validate,
  Deployment: validateDeployment as Validate,
  CronJob: validateCronJob as Validate,
  Service: validateService as Validate,
  PersistentVolumeClaim: validatePvc as Validate,
  StatefulSet: validateStatefulSet as Validate,
};
const CODES: Record<string, string> = { type: 'yaml-type', enum: 'yaml-enum', required: 'yaml-missing-field' };

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/yaml/${name}`, import.meta.url)), 'utf8');

/** kubernetes-models' findings as `line code`, positioned like analyzeYaml positions them. */
function modelFindings(code: string): string[] {
  const lineCounter = new LineCounter();
  const out: string[] = [];
  const docs = parseAllDocuments(code, { lineCounter, version: '1.1' });
  for (const doc of Array.isArray(docs) ? docs : []) {
    const obj = doc.toJS() as { kind?: string };
    const validate = obj && obj.kind ? VALIDATORS[obj.kind] : undefined;
    if (!validate) continue;
    validate(obj);
    for (const e of validate.errors ?? []) {
      const segs = e.instancePath.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/')));
      const node = doc.getIn(segs, true) as { range?: [number, number, number] } | undefined;
      if (!node?.range) throw new Error(`no node at ${e.instancePath}`);
      // A missing required field is reported at the mapping that lacks it.
      out.push(`${lineCounter.linePos(node.range[0]).line} ${CODES[e.keyword] ?? e.keyword}`);
    }
  }
  return out.sort();
}

describe('kubernetes-models agrees with analyzeYaml', () => {
  it('on the broken Pod: every OpenAPI finding is ours too; unknown fields only we report', () => {
    const code = fixture('broken-pod.yaml');
    const ours = analyzeYaml(code, { file: 'x', line: 1, column: 1 }).diagnostics.map((d) => `${d.line} ${d.code}`);
    const theirs = modelFindings(code);
    expect(theirs.length).toBeGreaterThanOrEqual(7);
    for (const f of theirs) expect(ours).toContain(f);
    expect(theirs.some((f) => f.endsWith('yaml-unknown-field'))).toBe(false);
    expect(ours.filter((f) => f.endsWith('yaml-unknown-field'))).toEqual(['8 yaml-unknown-field']);
  });

  it.each(['valid-pod.yaml', 'valid-workloads.yaml'])('on %s: both find nothing', (name) => {
    const code = fixture(name);
    expect(modelFindings(code)).toEqual([]);
    expect(analyzeYaml(code, { file: 'x', line: 1, column: 1 }).diagnostics).toEqual([]);
  });
});
