/**
 * The floor under the note miner's precision and recall on the labelled development corpora
 * (tests/corpus/miner/dev … dev23; `npm run bench -- miner` prints the full tables).
 * Deterministic: the floors sit a little under what the miner reaches on each set, so a rule
 * change that costs quality on either fails. Also the issue's acceptance: a chapter in its style
 * alone in notes/ gives the object, fields with paths, states, edges for everything, and nothing
 * generic or sentence-like.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { loadGraph } from '../../../src/graph/index.ts';
import { definedBy, readCorpus, scoreChapter, totals } from '../../../bench/lib/miner-score.mjs';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const ROOT = path.resolve(import.meta.dirname, '../../..');

interface Floor {
  precision: number;
  recall: number;
  typedPrecision: number;
  typedRecall: number;
}

/**
 * Per set: [alone, next to the bundled content]. Since the learned scorer runs in `union` mode
 * (docs/miner.md, "Switched on"), precision on dev2, dev3 and dev6 (and on dev next to the bundled content) is 1–3 points lower
 * than with the rules alone (names set in a YAML example and named in passing, which these labels
 * do not count), for recall on held-out sets; the floors followed.
 * rules6 (abbreviations spelt out, `X 这个字段…`, domain/name keys, `叫 X 的对象`, 它 after a full
 * stop: docs/miner.md "rules6") raised dev7 and dev10 … dev16 to what they reach less 0.01.
 * rules7 (prose-described, prose-holds: docs/miner.md "rules7") raised dev14, dev15 and dev16 the same way.
 * crd8 (the note's own custom kinds: docs/miner.md "crd8") raised dev15, dev17 and dev18 the same way.
 * rules8 (a path as the means of an explaining verb, a state entered, no learned concept of
 * several names: docs/miner.md "rules8") raised dev6, dev15, dev18 … dev21 the same way (dev6's
 * typed precision floors went down 0.01: see there).
 * rules9 (glossed names inside another label's definition, glossed and question headings, bold
 * first cells of table rows: docs/miner.md "rules9") raised dev10, dev11, dev16, dev17, dev19, dev20,
 * dev22 and dev23 the same way; dev18's precision alone went down 0.01 (one false positive, a
 * glossed phrase inside a bold label's definition: see there).
 * content1 (the bundled concept notes' search-only words moved from `aliases` to `keywords`:
 * docs/miner.md "content1") moved every floor next to the bundled content to what it reaches less
 * 0.01: typed precision and recall up on most sets; entity recall down on most, because a label
 * such as `Guaranteed` or `kubectl top` no longer counts as found when the chapter's definition
 * attaches to QoS classes or Metrics Server through what was their alias (60 of the 69 labels
 * lost are such words; none is found alone either).
 * rules13 (a keyword of a concept note is evidence that a name the chapter explains is a concept of
 * its own: docs/miner.md "rules13") raised the floors next to the bundled content it improved to the
 * new score less 0.01 (dev12's recall and typed recall, dev14's and dev26's recall).
 */
const FLOORS: Record<string, [Floor, Floor]> = {
  dev: [
    { precision: 0.95, recall: 0.92, typedPrecision: 0.94, typedRecall: 0.92 },
    { precision: 0.94, recall: 0.92, typedPrecision: 0.91, typedRecall: 0.89 },
  ],
  // (reader11: alone recall 0.92 → 0.91: the label 生命周期钩子 had been found through postStart's
  // wrong alias, the heading `## 生命周期钩子` over postStart's and preStop's bold definitions; 0.919)
  // (lead50: alone recall 0.91 → 0.90: `# 有状态应用和批处理：…` joins two areas and makes a topic of neither, so the
  // label 有状态应用, found only as the title's topic, is missed; the same rule takes out dev59's and dev108's wrong
  // title topics; 0.909)
  dev2: [
    { precision: 0.92, recall: 0.9, typedPrecision: 0.91, typedRecall: 0.9 },
    { precision: 0.92, recall: 0.91, typedPrecision: 0.87, typedRecall: 0.86 },
  ],
  // (twentieth session: veto9, rules9 and the scorer retrained on 62 sets, one false positive more
  // (23 → 24, no label lost): precision 0.894 → 0.890 alone, 0.892 → 0.888 whole; floors 0.89 → 0.88)
  // (rules25: the scorer retrained with dev75–dev77 among the design sets makes one more false positive in
  // dev3, 202 / 24 / 1 → 202 / 25 / 1 alone and whole: whole typed precision 0.8834 → 0.8795, so that floor
  // is 0.87 from 0.88)
  dev3: [
    { precision: 0.88, recall: 0.97, typedPrecision: 0.88, typedRecall: 0.97 },
    { precision: 0.88, recall: 0.97, typedPrecision: 0.87, typedRecall: 0.94 },
  ],
  // prose-style chapters (few bold labels); next to the bundled content several tools attach to
  // the map's topics (etcd, API server, container runtime), which the labels call terms.
  // rules3: `通过 API 聚合层（aggregation layer）挂到…` is a glossed name (prose-gloss-mixed) that
  // dev10's labels count in the same sentence shape and dev4's do not: one false positive here
  // audit8: prose-behaviour (`cert-manager 会自动…`) is no predicate any more: its one right concept
  // (dev4's cert-manager) against 14 false positives on the sets written after it; whole R 0.9398,
  // typed R 0.807
  dev4: [
    { precision: 0.93, recall: 0.95, typedPrecision: 0.93, typedRecall: 0.95 },
    { precision: 0.92, recall: 0.93, typedPrecision: 0.79, typedRecall: 0.8 },
  ],
  // the second batch of prose chapters (no bold at all)
  dev5: [
    { precision: 0.94, recall: 0.89, typedPrecision: 0.93, typedRecall: 0.88 },
    { precision: 0.95, recall: 0.89, typedPrecision: 0.91, typedRecall: 0.86 },
  ],
  // component configuration (KubeletConfiguration, KubeProxy/KubeSchedulerConfiguration, kubeadm,
  // kubeconfig): configuration kinds and fields, commands and files
  // (rules8: `Pod 通过 \`spec.schedulerName\` 选择用哪一个` is read as Pod's field, the path the
  // sentence writes; the labels give the concept KubeSchedulerConfiguration's profiles[].schedulerName,
  // so typed precision lost one concept: 0.98 → 0.97 alone, 0.93 → 0.92 whole; docs/miner.md "rules8")
  // (mention10: a configuration's camelCase field named in passing is its field: +2 labels, `strictARP` and
  // `imageGCLowThresholdPercent`, and 2 false positives, `controlPlane` and `certificateKey`, which the chapter
  // names in passing under **JoinConfiguration** and its labels leave out (the design sets label such mentions
  // 41 times against 18): precision 0.984 → 0.955, typed 0.968 → 0.939, recall 0.924 → 0.955; floors 0.97 → 0.95,
  // typed 0.96 → 0.93)
  dev6: [
    { precision: 0.95, recall: 0.91, typedPrecision: 0.93, typedRecall: 0.9 },
    { precision: 0.95, recall: 0.91, typedPrecision: 0.93, typedRecall: 0.9 },
  ],
  // named things (issue 12): admission plugins, scheduler plugins and extension points, well-known
  // labels and taints (k8s-names.json); next to the bundled content several attach to the map's
  // topics and terms. (rules2: precision 0.87 → 0.86 alone, 0.83 → 0.82 whole, typed precision
  // 0.85 → 0.84 and 0.81 → 0.8: field-path reads
  // `spec.unschedulable` in `**kubectl cordon**：…也就是把 spec.unschedulable 设成 true`, which dev8's
  // labels leave out and dev9's and dev10's label in the same sentence shape)
  dev8: [
    { precision: 0.87, recall: 0.83, typedPrecision: 0.87, typedRecall: 0.83 },
    { precision: 0.87, recall: 0.83, typedPrecision: 0.87, typedRecall: 0.83 },
  ],
  // the third batch of prose chapters (Pod security admission, storage on Linux, kubectl
  // debugging, the scheduling framework): commands, plugins and extension points in running text;
  // enum values explained clause by clause (PSA modes, mount propagation) are unlabelled and count
  // as false positives
  dev7: [
    { precision: 0.92, recall: 0.83, typedPrecision: 0.92, typedRecall: 0.83 },
    { precision: 0.92, recall: 0.83, typedPrecision: 0.92, typedRecall: 0.82 },
  ],
  // the former held-out set holdout6 (autoscaling, Gateway API, node lifecycle, API machinery,
  // CSI, Helm): two chapters without any bold, custom resources the catalogue does not know;
  // fields and kinds named mid-sentence are read by field-clauses.ts (miner7a)
  dev9: [
    { precision: 0.93, recall: 0.81, typedPrecision: 0.93, typedRecall: 0.8 },
    { precision: 0.94, recall: 0.8, typedPrecision: 0.91, typedRecall: 0.78 },
  ],
  // the former held-out sets holdout7, holdout8 and holdout9 (development data since 2026-11-30,
  // their held-out scores are in docs/miner.md): floors at what the miner reached when they moved in
  // (rules14: recall floors raised to the new scores less 0.01, docs/miner.md "rules14")
  dev10: [
    { precision: 0.92, recall: 0.7, typedPrecision: 0.89, typedRecall: 0.67 },
    { precision: 0.92, recall: 0.71, typedPrecision: 0.87, typedRecall: 0.66 },
  ],
  // (lead, 2026-12-01 fifth session: dev11's recall 0.83 → 0.82 alone (whole: content1's floor): the cgroup
  // file `memory.max` in a table cell no longer becomes LimitRange's field `max` with the alias
  // `cpu.shares`, a wrong merge that happened to hit two labels; a dotted path that ends no API path
  // names no API field by its last segment, docs/miner.md "Lead fixes found on built sites")
  dev11: [
    { precision: 0.93, recall: 0.82, typedPrecision: 0.88, typedRecall: 0.78 },
    { precision: 0.92, recall: 0.82, typedPrecision: 0.86, typedRecall: 0.76 },
  ],
  // (rules2: dev12's typed precision next to the bundled content 0.81 → 0.8: a question heading
  // 'Q4：ndots:5 是什么意思？' now defines ndots, which attaches to the bundled map's topic
  // "Cluster DNS / kube-dns", which the labels call a term)
  dev12: [
    { precision: 0.87, recall: 0.57, typedPrecision: 0.86, typedRecall: 0.56 },
    { precision: 0.86, recall: 0.59, typedPrecision: 0.85, typedRecall: 0.58 },
  ],
  // the former held-out sets holdout10 (init containers and sidecars, Downward API, ownerReferences
  // and GC, topology spread, authentication, ResourceQuota/LimitRange) and holdout11 (Ingress,
  // lifecycle hooks, private registries, Lease and Events, kubeadm upgrades, Kustomize),
  // development data since the second session of 2026-11-30 (their held-out scores are in
  // docs/miner.md): floors at what the miner reached when they moved in, less 0.01
  // (rules5: same-named fields at two places, enumerations of paths, 只 before a checking verb,
  // the platform by what it does, a same-language gloss: docs/miner.md "rules5")
  // (rules14: recall floors raised to the new scores less 0.01, docs/miner.md "rules14")
  dev13: [
    { precision: 0.84, recall: 0.69, typedPrecision: 0.8, typedRecall: 0.65 },
    { precision: 0.84, recall: 0.7, typedPrecision: 0.78, typedRecall: 0.64 },
  ],
  dev14: [
    { precision: 0.9, recall: 0.66, typedPrecision: 0.82, typedRecall: 0.6 },
    // (rules6 + kinds6: 0.895 whole; kinds6 reads events.k8s.io's `regarding` as a field, so the label's
    // alias `involvedObject`, core/v1 Event's own field, now counts as a duplicate: docs/miner.md kinds6)
    // (twentieth session: one false positive more whole, 8 → 9, after the scorer's retraining on 62
    // sets: precision 0.917 → 0.908, typed 0.833 → 0.826; floors 0.91 → 0.9, typed 0.83 → 0.82)
    { precision: 0.9, recall: 0.69, typedPrecision: 0.82, typedRecall: 0.62 },
  ],
  // the former held-out sets holdout14 (device plugins, in-place resize / overhead / user
  // namespaces, ValidatingAdmissionPolicy and CEL, server-side apply, MetalLB, Velero) and
  // holdout15 (container logging, seccomp / AppArmor / capabilities, External and Sealed Secrets,
  // kubectl output, DRA, readiness and scheduling gates), development data since the session of
  // 2026-12-01 (their held-out scores are in docs/miner.md): floors at what the miner reached when
  // they moved in, less 0.01
  // (rules14: recall floors raised to the new scores less 0.01, docs/miner.md "rules14")
  dev15: [
    { precision: 0.83, recall: 0.8, typedPrecision: 0.8, typedRecall: 0.78 },
    { precision: 0.82, recall: 0.8, typedPrecision: 0.8, typedRecall: 0.78 },
  ],
  // (vocab4: External Secrets, Sealed Secrets, Karpenter in the catalogue raised dev16's and
  // dev18's typed scores; docs/miner.md "vocab4")
  // (twenty-fifth session, lead: after merging struct25, rules25, rules25b and alias25 and retraining,
  // struct25's tool home makes `kubectl` the home of the kubectl chapter and its draft — their labels'
  // `about:` is kubectl, their concepts do not list it: +2 FP — and rules25's gloss conjunction adds one
  // duplicate next to the bundled content: whole precision 115 / 11 / 1 = 0.905, floor 0.91 → 0.90)
  dev16: [
    { precision: 0.91, recall: 0.72, typedPrecision: 0.8, typedRecall: 0.67 },
    { precision: 0.9, recall: 0.72, typedPrecision: 0.79, typedRecall: 0.65 },
  ],
  // the former held-out sets holdout16 (audit logging, API Priority and Fairness, encryption at
  // rest, dual stack, advanced Jobs, Prometheus Operator) and holdout17 (Cluster Autoscaler and
  // Karpenter, Argo CD, cgroup v2 memory and OOM, Service traffic policies, ephemeral and local
  // storage, image pulls), development data since the session of 2026-12-01 after one scoring
  // before and after rules6/kinds6 (docs/miner.md): floors at what the miner reached when they
  // moved in, less 0.01
  // (rules14: recall floors raised to the new scores less 0.01, docs/miner.md "rules14")
  dev17: [
    { precision: 0.83, recall: 0.87, typedPrecision: 0.79, typedRecall: 0.83 },
    { precision: 0.83, recall: 0.87, typedPrecision: 0.79, typedRecall: 0.83 },
  ],
  // (rules14: recall floors raised to the new scores less 0.01, docs/miner.md "rules14")
  dev18: [
    { precision: 0.82, recall: 0.8, typedPrecision: 0.78, typedRecall: 0.76 },
    { precision: 0.82, recall: 0.81, typedPrecision: 0.78, typedRecall: 0.77 },
  ],
  // the former held-out sets holdout20 (Kustomize, graceful termination, Sealed Secrets and
  // External Secrets, Karpenter, the Downward API, ResourceQuota/LimitRange), holdout21
  // (Deployment rollouts, garbage collection, Velero, log collection, native sidecars, Tekton) and
  // holdout22 (Ingress-NGINX and cert-manager, volume expansion, MetalLB, kubectl output, HPA
  // custom metrics, readiness and scheduling gates), development data since the session of
  // 2026-12-01 (third) after one scoring before and after crd8/vocab4 (docs/miner.md): floors at
  // what the miner reached when they moved in, less 0.01
  dev19: [
    { precision: 0.89, recall: 0.78, typedPrecision: 0.81, typedRecall: 0.71 },
    { precision: 0.89, recall: 0.78, typedPrecision: 0.81, typedRecall: 0.71 },
  ],
  dev20: [
    { precision: 0.91, recall: 0.82, typedPrecision: 0.85, typedRecall: 0.76 },
    { precision: 0.91, recall: 0.82, typedPrecision: 0.81, typedRecall: 0.72 },
  ],
  dev21: [
    { precision: 0.89, recall: 0.76, typedPrecision: 0.84, typedRecall: 0.71 },
    { precision: 0.88, recall: 0.76, typedPrecision: 0.81, typedRecall: 0.7 },
  ],
  // the former held-out sets holdout23 (QoS and OOMKilled, session affinity and StatefulSet network
  // identity, Argo Rollouts, node affinity and Pod anti-affinity, Kyverno, kubeconfig) and
  // holdout24 (images and the image field, ConfigMap updates and subPath, Linkerd, kubelet
  // certificates and TLS bootstrap, MySQL on a StatefulSet, cluster upgrades), scored three times
  // (before crd8/vocab4, after them, after rules8; docs/miner.md) and moved in at the end of the
  // same session: floors at the last scores less 0.01
  dev22: [
    { precision: 0.88, recall: 0.79, typedPrecision: 0.82, typedRecall: 0.69 },
    { precision: 0.87, recall: 0.79, typedPrecision: 0.81, typedRecall: 0.67 },
  ],
  dev23: [
    { precision: 0.87, recall: 0.5, typedPrecision: 0.85, typedRecall: 0.49 },
    { precision: 0.87, recall: 0.5, typedPrecision: 0.83, typedRecall: 0.47 },
  ],
  // the former held-out sets holdout25 (a beginner's course: Docker to Pod, Deployment and
  // ReplicaSet, Service and Ingress, PV/PVC with NFS, ConfigMap and Secret, labels and selectors),
  // holdout26 (node-level tuning: CPU and Topology Manager, RuntimeClass, sysctls and user
  // namespaces, Descheduler, VPA, KEDA) and holdout27 (ecosystem projects: Istio, Cilium, Flux,
  // Crossplane, Gatekeeper, Rook-Ceph), scored before and after the session's work (fourth session
  // of 2026-12-01; docs/miner.md) and moved in at its end: floors at the last scores less 0.01
  // (rules14: recall floors raised to the new scores less 0.01, docs/miner.md "rules14")
  dev24: [
    { precision: 0.89, recall: 0.82, typedPrecision: 0.86, typedRecall: 0.79 },
    { precision: 0.88, recall: 0.82, typedPrecision: 0.81, typedRecall: 0.75 },
  ],
  dev25: [
    { precision: 0.88, recall: 0.69, typedPrecision: 0.82, typedRecall: 0.64 },
    { precision: 0.87, recall: 0.69, typedPrecision: 0.8, typedRecall: 0.63 },
  ],
  dev26: [
    { precision: 0.89, recall: 0.6, typedPrecision: 0.88, typedRecall: 0.59 },
    { precision: 0.89, recall: 0.65, typedPrecision: 0.85, typedRecall: 0.57 },
  ],
  // the held-out sets holdout28 (batch and AI workloads: GPUs and device plugins, DRA, Kueue,
  // Indexed Jobs, gang scheduling, a distributed-training diary), holdout29 (the API server: API
  // Priority and Fairness, audit logging, the aggregation layer, authentication, authorization
  // beyond RBAC, ValidatingAdmissionPolicy) and holdout30 (troubleshooting: CrashLoopBackOff,
  // image pulls, Pending Pods, NotReady nodes, DNS and Services, objects stuck Terminating), scored
  // before and after the fifth session of 2026-12-01 (docs/miner.md) and moved in at its end:
  // floors at the last scores less 0.01
  dev27: [
    { precision: 0.91, recall: 0.6, typedPrecision: 0.85, typedRecall: 0.56 },
    { precision: 0.91, recall: 0.6, typedPrecision: 0.85, typedRecall: 0.56 },
  ],
  // (rules14: recall floors raised to the new scores less 0.01, docs/miner.md "rules14")
  dev28: [
    { precision: 0.87, recall: 0.7, typedPrecision: 0.83, typedRecall: 0.66 },
    { precision: 0.87, recall: 0.7, typedPrecision: 0.82, typedRecall: 0.66 },
  ],
  dev29: [
    { precision: 0.82, recall: 0.82, typedPrecision: 0.8, typedRecall: 0.79 },
    { precision: 0.82, recall: 0.81, typedPrecision: 0.77, typedRecall: 0.76 },
  ],
  // the held-out sets holdout31 (service networking: the Gateway API basics and advanced routes,
  // EndpointSlice, kube-proxy modes, Service traffic policies, north-south traffic and a migration
  // from ingress-nginx), holdout32 (stateful data: CSI, volume snapshots and clones, access modes
  // and volume details, StatefulSet operations, CloudNativePG, Velero and etcd backups) and
  // holdout33 (runtime security and the supply chain: seccomp, AppArmor/SELinux/capabilities, user
  // namespaces, image signing and scanning, Falco, a hardening interview), scored before and after
  // the sixth session of 2026-12-01 (docs/miner.md) and moved in at its end: floors at the last
  // scores less 0.01
  dev30: [
    { precision: 0.82, recall: 0.84, typedPrecision: 0.79, typedRecall: 0.81 },
    { precision: 0.82, recall: 0.84, typedPrecision: 0.78, typedRecall: 0.8 },
  ],
  dev31: [
    { precision: 0.84, recall: 0.71, typedPrecision: 0.79, typedRecall: 0.66 },
    { precision: 0.84, recall: 0.71, typedPrecision: 0.78, typedRecall: 0.65 },
  ],
  // (rules45 lowered the whole typed precision 0.89 → 0.88: its bold gloss finds `**PodSecurityPolicy（PSP）**` in the
  // hardening interview next to the bundled content too, typed an object where the label says term: 0.885)
  dev32: [
    { precision: 0.92, recall: 0.68, typedPrecision: 0.88, typedRecall: 0.65 },
    { precision: 0.92, recall: 0.69, typedPrecision: 0.88, typedRecall: 0.66 },
  ],
  // the held-out sets holdout34 (nodes and the kubelet: KubeletConfiguration, node-pressure
  // eviction and node conditions, cordon/drain and PodDisruptionBudget, graceful node shutdown,
  // heartbeats/Lease and NoExecute taints, a node interview), holdout35 (NetworkPolicy basics and
  // pitfalls, AdminNetworkPolicy, CoreDNS and Pod DNS, Calico policy, multi-tenancy) and holdout36
  // (HPA v2, the metrics pipeline, kubectl debug, Helm charts and hooks, a troubleshooting cheat
  // sheet, a scaling interview), scored before and after the seventh session of 2026-12-01
  // (docs/miner.md) and moved in at its end: floors at the last scores less 0.01
  dev33: [
    { precision: 0.88, recall: 0.85, typedPrecision: 0.86, typedRecall: 0.83 },
    { precision: 0.87, recall: 0.86, typedPrecision: 0.85, typedRecall: 0.84 },
  ],
  dev34: [
    { precision: 0.86, recall: 0.5, typedPrecision: 0.73, typedRecall: 0.42 },
    { precision: 0.86, recall: 0.51, typedPrecision: 0.72, typedRecall: 0.42 },
  ],
  dev35: [
    { precision: 0.86, recall: 0.89, typedPrecision: 0.78, typedRecall: 0.8 },
    { precision: 0.85, recall: 0.89, typedPrecision: 0.77, typedRecall: 0.8 },
  ],
  // The held-out sets holdout37 (writing controllers: client-go informers and workqueues,
  // controller-runtime and kubebuilder, CRD versions and conversion, status and conditions,
  // finalizers and ownerReferences, Server-Side Apply), holdout38 (many clusters: Argo CD and
  // ApplicationSet, Cluster API, Karmada, kind/minikube/k3s, a multi-cluster operations diary) and
  // holdout39 (the Pod spec for the CKAD: environment variables, lifecycle hooks and termination,
  // hostname and DNS, static Pods, ephemeral containers, Pod conditions and readiness gates), scored
  // before and after the eighth session of 2026-12-01 (docs/miner.md) and moved in at its end:
  // floors at the last scores less 0.01
  // (rules38: dev36 and dev47 raised to their scores less 0.01 after names spelt as code, docs/miner.md "rules38")
  // (sixteenth session: the learned scorer's companion adds names of the API a chapter explains in
  // prose, as the scorer did before learn2: precision 0.915 → 0.904 alone and whole, one false
  // positive more; floor 0.91 → 0.9, docs/miner.md "The sixteenth session")
  dev36: [
    { precision: 0.9, recall: 0.82, typedPrecision: 0.81, typedRecall: 0.72 },
    { precision: 0.9, recall: 0.82, typedPrecision: 0.8, typedRecall: 0.72 },
  ],
  dev37: [
    { precision: 0.9, recall: 0.68, typedPrecision: 0.69, typedRecall: 0.52 },
    { precision: 0.9, recall: 0.68, typedPrecision: 0.69, typedRecall: 0.51 },
  ],
  dev38: [
    { precision: 0.78, recall: 0.71, typedPrecision: 0.74, typedRecall: 0.67 },
    { precision: 0.8, recall: 0.72, typedPrecision: 0.74, typedRecall: 0.67 },
  ],
  // The held-out sets holdout40 (a beginner's course: the cluster's components, Pods, Deployments
  // and ReplicaSets, Services, ConfigMaps and Secrets, volumes and persistence), holdout41
  // (observability: Prometheus Operator, kube-state-metrics and metrics-server, log collection,
  // Events, the OpenTelemetry Collector, alerting and SLOs) and holdout42 (secrets and workload
  // identity: ServiceAccount tokens, Secret types, encryption at rest, External Secrets and Sealed
  // Secrets, the CSR API, cloud workload identity), scored before and after the ninth session of
  // 2026-12-02 (docs/miner.md) and moved in at its end: floors at the last scores less 0.01
  dev39: [
    { precision: 0.9, recall: 0.68, typedPrecision: 0.89, typedRecall: 0.67 },
    { precision: 0.9, recall: 0.68, typedPrecision: 0.8, typedRecall: 0.6 },
  ],
  // (rules47: alone recall 0.76 → 0.75 — the scorer retrained with dev135–137 among its design sets no longer takes
  // dev40's `podMonitorNamespaceSelector`, 148 → 147 of 194 found (0.763 → 0.758); dev40 is not a design set)
  dev40: [
    { precision: 0.91, recall: 0.75, typedPrecision: 0.79, typedRecall: 0.69 },
    { precision: 0.89, recall: 0.72, typedPrecision: 0.76, typedRecall: 0.64 },
  ],
  dev41: [
    { precision: 0.82, recall: 0.75, typedPrecision: 0.8, typedRecall: 0.72 },
    { precision: 0.8, recall: 0.7, typedPrecision: 0.77, typedRecall: 0.67 },
  ],
  // holdout43 (Pod and container hardening: securityContext, Pod Security Admission, seccomp and
  // AppArmor, user namespaces and RuntimeClass, Kyverno and ValidatingAdmissionPolicy, image
  // signing), holdout44 (cluster operations: kubeadm, upgrades, etcd, control-plane certificates,
  // PodDisruptionBudgets and node maintenance, a highly available control plane) and holdout45
  // (autoscaling and tenancy: VPA, Cluster Autoscaler, Karpenter, KEDA, ResourceQuota and
  // LimitRange, PriorityClass and preemption), scored before and after the tenth session of
  // 2026-12-02 (docs/miner.md) and moved in at its end: floors at the last scores less 0.01
  // (rules45 lowered the recall 0.86 → 0.85 and the typed recall 0.84 → 0.83, alone and whole: the scorer retrained
  // after its bold-gloss rule no longer takes the learned name `idmapped mount`, 0.856 and 0.838; dev42 is out of the
  // design sets)
  dev42: [
    { precision: 0.9, recall: 0.85, typedPrecision: 0.88, typedRecall: 0.83 },
    { precision: 0.9, recall: 0.85, typedPrecision: 0.89, typedRecall: 0.83 },
  ],
  // (rules24: the scorer retrained with dev72–dev74 among the design sets makes two more false positives in
  // dev43, a set kept out of sample and scored with counts only: 148 / 5 / 1 → 148 / 7 / 1 alone and whole,
  // precision 0.9487, so its precision floors are 0.94 from 0.95)
  dev43: [
    { precision: 0.94, recall: 0.83, typedPrecision: 0.91, typedRecall: 0.8 },
    { precision: 0.94, recall: 0.83, typedPrecision: 0.9, typedRecall: 0.79 },
  ],
  // (rules25: with the topic conjunctions the scorer names PodDisruptionBudget, glossed and bold, in a
  // Karpenter chapter and its draft; next to the bundled content that name joins the bundled concept while
  // the rules' concept for the label stays: two duplicates more whole, 132 / 12 / 6 → 132 / 12 / 8,
  // precision 0.8800 → 0.8684, so the whole precision floor is 0.86 from 0.87)
  // (answers26: a question set as a paragraph after a marker is read for the name it asks about; in dev44, a
  // counts-only set whose lines are not read, that makes one more false positive, alone and whole: 132 / 12 / 8
  // → 132 / 13 / 8 whole, typed precision 0.8026 → 0.7974, so the whole typed precision floor is 0.79 from 0.80)
  dev44: [
    { precision: 0.87, recall: 0.7, typedPrecision: 0.81, typedRecall: 0.64 },
    { precision: 0.86, recall: 0.7, typedPrecision: 0.79, typedRecall: 0.63 },
  ],
  // holdout46 (service mesh and sidecars: native sidecars, Istio, mTLS, traffic management, Linkerd
  // and ambient mode), holdout47 (serverless: Knative Serving, its autoscaling, Eventing, cold
  // starts, the kn CLI) and holdout48 (writing operators: kubebuilder, controller-runtime,
  // finalizers and ownerReferences, conditions, webhooks, server-side apply, envtest), scored before
  // and after the eleventh session of 2026-12-02 (docs/miner.md) and moved in at its end: floors at
  // the last scores less 0.01
  // (the twelfth session's rules36–39 raised dev45–dev47: a project's kinds declared in the note's YAML
  // and their fields, its keys and components, names from code, API names in narration; floors at
  // the merged scores less 0.01)
  dev45: [
    { precision: 0.89, recall: 0.69, typedPrecision: 0.86, typedRecall: 0.66 },
    { precision: 0.88, recall: 0.69, typedPrecision: 0.82, typedRecall: 0.64 },
  ],
  // (typing46: dev46, dev51, dev52 and dev54's typed floors raised to their scores less 0.01 after
  // templates of another kind, kinds kubectl lists and lists of CRDs were read)
  // (sixteenth session: with learn2's scorer merged and retrained, dev46 alone typed precision is
  // 0.777 (101 of 130), the same with the weights trained on 50 or 53 sets: typing46 raised this
  // floor with the old scorer; 0.78 → 0.77, docs/miner.md "The sixteenth session")
  // (steps27: dev46 and dev55's recall floors raised to their scores less 0.01 after items opening on a key
  // were read under a generic lead-in, `**解决**：` then `- **timeoutSeconds**：…`)
  dev46: [
    { precision: 0.84, recall: 0.71, typedPrecision: 0.77, typedRecall: 0.58 },
    { precision: 0.84, recall: 0.71, typedPrecision: 0.79, typedRecall: 0.59 },
  ],
  dev47: [
    { precision: 0.9, recall: 0.83, typedPrecision: 0.86, typedRecall: 0.77 },
    { precision: 0.9, recall: 0.83, typedPrecision: 0.86, typedRecall: 0.78 },
  ],
  // dev48–dev50: the held-out sets holdout49 (managed Kubernetes on the clouds: cloud-controller-manager,
  // LoadBalancer Services and the AWS Load Balancer Controller, the VPC CNI, cloud CSI drivers, node
  // groups, an EKS/GKE/AKS cheat sheet), holdout50 (container networking: netns and veth, the CNI
  // spec, Flannel and Calico, Cilium and eBPF, dual-stack, MTU and conntrack, a troubleshooting
  // diary) and holdout51 (moving applications onto Kubernetes: a Spring Boot service, probes,
  // configuration, graceful shutdown, resources and autoscaling, a migration diary), scored before
  // and after the twelfth session of 2026-12-02 (docs/miner.md) and moved in at its end: floors at
  // the last scores less 0.01 (rules40–rules43 raised dev48–dev50; the lowest of their floors until
  // the merged code is scored)
  // rules36 (title-joined-kind, list-reason-colon, the scorer retrained): recall floors raised to the final scores less 0.01
  dev48: [
    { precision: 0.7, recall: 0.64, typedPrecision: 0.66, typedRecall: 0.62 },
    { precision: 0.69, recall: 0.64, typedPrecision: 0.65, typedRecall: 0.61 },
  ],
  dev49: [
    { precision: 0.88, recall: 0.76, typedPrecision: 0.86, typedRecall: 0.75 },
    { precision: 0.84, recall: 0.77, typedPrecision: 0.82, typedRecall: 0.75 },
  ],
  // rules36 (title-joined-kind, list-reason-colon, the scorer retrained): recall floors raised to the final scores less 0.01
  dev50: [
    { precision: 0.81, recall: 0.72, typedPrecision: 0.77, typedRecall: 0.69 },
    { precision: 0.8, recall: 0.72, typedPrecision: 0.76, typedRecall: 0.68 },
  ],
  // dev51–dev53: the held-out sets holdout52 (chaos engineering: Chaos Mesh's PodChaos, NetworkChaos,
  // StressChaos, IOChaos, Schedule and Workflow, LitmusChaos, PDBs and topology spread, a game-day
  // diary), holdout53 (messaging and middleware: StatefulSets and headless Services, Strimzi's Kafka
  // resources, Cruise Control, Redis, the RabbitMQ Cluster Operator, an on-call diary) and holdout54
  // (cost and FinOps: requests against usage, rightsizing, OpenCost, spot nodes, consolidation,
  // ResourceQuota for chargeback), scored before and after the thirteenth session of 2026-12-02
  // (docs/miner.md) and moved in at its end: floors at the last scores less 0.01
  // (rules45: dev51 and dev52 raised to their scores less 0.01 after custom resources' fields placed by lists and headings)
  // (learn2: with the scorer trained to find new labels on 50 sets, three labels (Chaos Mesh in one
  // chapter, two Chaos Mesh fields) are no longer found: recall whole 0.706 → 0.693, floor 0.7 → 0.69;
  // precision up, docs/miner.md "learn2")
  dev51: [
    { precision: 0.88, recall: 0.69, typedPrecision: 0.82, typedRecall: 0.64 },
    { precision: 0.87, recall: 0.69, typedPrecision: 0.81, typedRecall: 0.64 },
  ],
  // (sixteenth session: learn3's threshold 0.48 and evidence with the companion scorer and topics47
  // merged, dev52 alone typed precision 0.7205 (116 of 161): 0.73 → 0.72, docs/miner.md "The sixteenth session")
  // (eighteenth session: the scorer retrained with dev63–dev65 in adds one label and one untyped
  // false positive next to the bundled content: typed precision 0.728 → 0.719, floor 0.72 → 0.71)
  // (rules25: the scorer with the topic conjunctions adds `spec.kafka.authorization.type` in a chapter and
  // its copy, a label found but typed as a term (learn3's learned paths): alone 126 / 29 / 5 → 128 / 29 / 5,
  // typed precision 0.7358 → 0.7267, so that floor is 0.72 from 0.73)
  dev52: [
    { precision: 0.78, recall: 0.56, typedPrecision: 0.72, typedRecall: 0.53 },
    { precision: 0.78, recall: 0.57, typedPrecision: 0.72, typedRecall: 0.53 },
  ],
  dev53: [
    { precision: 0.85, recall: 0.62, typedPrecision: 0.81, typedRecall: 0.59 },
    { precision: 0.82, recall: 0.62, typedPrecision: 0.78, typedRecall: 0.58 },
  ],
  // dev54–dev56: the held-out sets holdout55 (KubeVirt: VirtualMachine and VirtualMachineInstance,
  // CDI and DataVolume, live migration, VM networking, instance types and virtctl), holdout56 (the
  // edge: K3s, KubeEdge, OpenYurt, scheduling onto edge nodes, slow-link upgrades) and holdout57
  // (Dapr's sidecar, control plane, building blocks and CRDs; WebAssembly with RuntimeClass and
  // SpinKube), scored before and after the fourteenth session of 2026-12-02 (docs/miner.md) and
  // moved in at its end: floors at the last scores less 0.01
  // (recall46: recall raised to the scores less 0.01 after names written alone, headings and lists of plain names)
  // (learn2: alone, two duplicates (evictionStrategy, inferFromVolume) for one false positive less:
  // precision 0.822 → 0.808, floor 0.81 → 0.8; docs/miner.md "learn2")
  // (tables7: recall raised to the scores less 0.01 after a kind's own phases in `| phase | 含义 |` tables)
  dev54: [
    { precision: 0.86, recall: 0.59, typedPrecision: 0.68, typedRecall: 0.5 },
    { precision: 0.83, recall: 0.59, typedPrecision: 0.66, typedRecall: 0.5 },
  ],
  dev55: [
    { precision: 0.9, recall: 0.67, typedPrecision: 0.81, typedRecall: 0.55 },
    { precision: 0.89, recall: 0.68, typedPrecision: 0.81, typedRecall: 0.56 },
  ],
  dev56: [
    { precision: 0.81, recall: 0.63, typedPrecision: 0.75, typedRecall: 0.59 },
    { precision: 0.8, recall: 0.64, typedPrecision: 0.75, typedRecall: 0.59 },
  ],
  // dev57–dev59: the held-out sets holdout58 (machine-learning serving and training: KServe,
  // KubeRay, the Training Operator's PyTorchJob, model caching), holdout59 (databases with
  // operators: CloudNativePG, Percona XtraDB Cluster, Vitess, Redis) and holdout60 (Windows nodes
  // and multi-architecture clusters), scored before and after the fifteenth session and after the
  // sixteenth session's merge of learn2 (docs/miner.md) and moved in at its start: floors at the
  // scores of the session's merged miner (the scorer retrained on 53 design sets, these among them,
  // with its companion; topics47; learn3) less 0.01
  dev57: [
    { precision: 0.86, recall: 0.73, typedPrecision: 0.72, typedRecall: 0.62 },
    { precision: 0.85, recall: 0.73, typedPrecision: 0.71, typedRecall: 0.61 },
  ],
  // rules34 (a command's row in a table, `table-command-row`, and the scorer retrained): raised to the final scores less 0.01
  dev58: [
    { precision: 0.85, recall: 0.65, typedPrecision: 0.79, typedRecall: 0.6 },
    { precision: 0.82, recall: 0.65, typedPrecision: 0.75, typedRecall: 0.59 },
  ],
  dev59: [
    { precision: 0.8, recall: 0.63, typedPrecision: 0.79, typedRecall: 0.61 },
    { precision: 0.74, recall: 0.62, typedPrecision: 0.72, typedRecall: 0.6 },
  ],
  // dev60–dev62: the held-out sets holdout61 (Cluster API and Crossplane), holdout62 (Rook-Ceph,
  // Longhorn, the CSI objects) and holdout63 (MetalLB, ExternalDNS, Kong/APISIX, cert-manager at the
  // edge), scored before and after the sixteenth and the seventeenth session's miner work
  // (docs/miner.md) and moved in at the seventeenth session's end: floors at the scores of the
  // session's merged miner (the scorer retrained on 56 design sets, these among them) less 0.01
  // (tables7: recall raised to the scores less 0.01 after a kind's own phases (dev60) and a column of settings (dev61))
  dev60: [
    { precision: 0.86, recall: 0.72, typedPrecision: 0.77, typedRecall: 0.64 },
    { precision: 0.86, recall: 0.73, typedPrecision: 0.76, typedRecall: 0.64 },
  ],
  dev61: [
    { precision: 0.88, recall: 0.65, typedPrecision: 0.81, typedRecall: 0.6 },
    { precision: 0.88, recall: 0.65, typedPrecision: 0.8, typedRecall: 0.59 },
  ],
  // (twentieth session: veto9's explained opener finds two labels and makes two false positives, among
  // them `<pending>`; typed precision 0.791 → 0.780 alone, 0.758 → 0.747 whole: floors 0.78 → 0.77, 0.75 → 0.74)
  // (twenty-fifth session, lead: rules25b's underscore names make `limit_by` a term (+1 FP) and the
  // scorer retrained with rules25's conjunctions loses one label for one FP: 154 / 34 → 153 / 36 alone,
  // precision 0.8085; 151 / 38 whole, 0.7979: floors 0.81 → 0.80 and 0.80 → 0.79)
  dev62: [
    { precision: 0.8, recall: 0.64, typedPrecision: 0.77, typedRecall: 0.61 },
    { precision: 0.79, recall: 0.63, typedPrecision: 0.74, typedRecall: 0.59 },
  ],
  // dev63–dev65: the held-out sets holdout64 (Tekton, Kaniko/BuildKit/Buildpacks, Argo Workflows),
  // holdout65 (logs: the node's files, Fluent Bit, Vector, Fluent Operator, Loki, audit logs) and
  // holdout66 (OAM/KubeVela, vcluster, Capsule, Backstage), scored before and after the seventeenth
  // and the eighteenth session's miner work (docs/miner.md) and moved in at the eighteenth session's
  // end: floors at the scores of the session's merged miner (the scorer retrained on 59 design sets,
  // these among them) less 0.01
  dev63: [
    { precision: 0.75, recall: 0.51, typedPrecision: 0.64, typedRecall: 0.43 },
    { precision: 0.74, recall: 0.51, typedPrecision: 0.63, typedRecall: 0.43 },
  ],
  dev64: [
    { precision: 0.79, recall: 0.44, typedPrecision: 0.74, typedRecall: 0.33 },
    { precision: 0.79, recall: 0.43, typedPrecision: 0.72, typedRecall: 0.33 },
  ],
  dev65: [
    { precision: 0.72, recall: 0.55, typedPrecision: 0.64, typedRecall: 0.48 },
    { precision: 0.72, recall: 0.55, typedPrecision: 0.63, typedRecall: 0.47 },
  ],
  // dev66–dev68: the held-out sets holdout70 (a beginner's core Kubernetes), holdout71 (Istio) and
  // holdout72 (GitOps: Kustomize, Argo CD, Flux), scored before and after the nineteenth session's miner
  // work and before the twentieth's (docs/miner.md) and moved in at the twentieth session's end: floors
  // at the scores of the session's merged miner (the scorer retrained on 62 design sets, these among
  // them) less 0.01; dev66 alone recall 0.84 → 0.83 at the twenty-first session's end: the scorer
  // retrained beside mention10's and keys10's new candidates admits one label fewer there (0.839)
  dev66: [
    { precision: 0.85, recall: 0.83, typedPrecision: 0.82, typedRecall: 0.81 },
    { precision: 0.82, recall: 0.83, typedPrecision: 0.75, typedRecall: 0.75 },
  ],
  // (tables28: typed precision 0.83 → 0.82 alone, 0.82 → 0.81 whole, lowered: `| 维度 | Sidecar | Ambient |` under
  // `Q6：sidecar 和 ambient 的对比？` makes `Sidecar` a concept by table-compared-column, a name of no label there;
  // 0.8304 → 0.8256 alone, 0.8235 → 0.8187 whole)
  dev67: [
    { precision: 0.87, recall: 0.67, typedPrecision: 0.82, typedRecall: 0.63 },
    { precision: 0.87, recall: 0.67, typedPrecision: 0.81, typedRecall: 0.62 },
  ],
  dev68: [
    { precision: 0.83, recall: 0.69, typedPrecision: 0.73, typedRecall: 0.61 },
    { precision: 0.82, recall: 0.7, typedPrecision: 0.71, typedRecall: 0.61 },
  ],
  // dev69–dev71: the held-out sets holdout73 (hardening), holdout74 (monitoring) and holdout75 (cluster
  // operations), scored before and after the twentieth session's miner work and at the twenty-second's
  // start (docs/miner.md) and moved in at the twenty-third session's start (rules23): floors at the scores
  // with the scorer retrained on the 65 design sets, these among them, less 0.01
  dev69: [
    { precision: 0.84, recall: 0.64, typedPrecision: 0.75, typedRecall: 0.57 },
    { precision: 0.83, recall: 0.64, typedPrecision: 0.73, typedRecall: 0.56 },
  ],
  dev70: [
    { precision: 0.84, recall: 0.68, typedPrecision: 0.79, typedRecall: 0.64 },
    { precision: 0.81, recall: 0.66, typedPrecision: 0.75, typedRecall: 0.61 },
  ],
  dev71: [
    { precision: 0.85, recall: 0.8, typedPrecision: 0.84, typedRecall: 0.79 },
    { precision: 0.84, recall: 0.81, typedPrecision: 0.82, typedRecall: 0.79 },
  ],
  // dev72–dev74: the held-out sets holdout76 (the components' configuration), holdout77 (Pod lifecycle and
  // workloads) and holdout78 (service networking), scored at the twenty-second and twenty-third sessions
  // (docs/miner.md) and moved in at the twenty-fourth session's start (rules24): floors at the scores with
  // the scorer retrained on the 68 design sets, these among them, less 0.01
  // (rules27: typed precision 0.77 → 0.74 alone, 0.78 → 0.75 whole, and recall 0.7 → 0.72: the table of the
  // scheduler's extension points, `| 扩展点 | 周期 | 干什么 |` over `queueSort` … `postBind`, is read by
  // table-key-row, six more labels found; the miner names each a scheduler extension point (a term, the
  // vocabulary's k8s-name), where the labels say a field of KubeSchedulerConfiguration, so each counts as
  // found with the wrong type. docs/miner.md "rules27")
  dev72: [
    { precision: 0.79, recall: 0.72, typedPrecision: 0.74, typedRecall: 0.66 },
    { precision: 0.8, recall: 0.72, typedPrecision: 0.75, typedRecall: 0.67 },
  ],
  dev73: [
    { precision: 0.83, recall: 0.78, typedPrecision: 0.8, typedRecall: 0.75 },
    { precision: 0.84, recall: 0.77, typedPrecision: 0.76, typedRecall: 0.7 },
  ],
  dev74: [
    { precision: 0.88, recall: 0.67, typedPrecision: 0.85, typedRecall: 0.65 },
    { precision: 0.89, recall: 0.69, typedPrecision: 0.85, typedRecall: 0.66 },
  ],
  // dev75–dev77: the held-out sets holdout79 (a Docker user's first weeks), holdout80 (scheduling and
  // resources) and holdout81 (stateful apps and storage), scored at the twenty-third and twenty-fourth
  // sessions (docs/miner.md) and moved in at the twenty-fifth session's start (rules25): floors at the scores
  // with the scorer retrained on the 71 design sets, these among them, less 0.01
  dev75: [
    { precision: 0.87, recall: 0.78, typedPrecision: 0.81, typedRecall: 0.7 },
    { precision: 0.88, recall: 0.79, typedPrecision: 0.78, typedRecall: 0.66 },
  ],
  // (rules25: the QoS chapter and its draft write `**requests（资源请求）**`, glossed bold labels; the scorer
  // with the topic conjunctions names them, and next to the bundled content they join the bundled
  // "Resource requests & limits" while the rules' fields stay: 122 / 10 / 0 → 122 / 10 / 2 whole, precision
  // 0.9225 → 0.9084, so the whole precision floor is 0.9 from 0.91)
  dev76: [
    { precision: 0.88, recall: 0.63, typedPrecision: 0.83, typedRecall: 0.59 },
    { precision: 0.9, recall: 0.65, typedPrecision: 0.85, typedRecall: 0.6 },
  ],
  dev77: [
    { precision: 0.9, recall: 0.66, typedPrecision: 0.84, typedRecall: 0.6 },
    { precision: 0.9, recall: 0.67, typedPrecision: 0.8, typedRecall: 0.59 },
  ],
  // dev78–dev80: the held-out sets holdout82 (authentication and RBAC), holdout83 (cluster networking) and
  // holdout84 (extending Kubernetes), scored at the twenty-fourth and twenty-fifth sessions (docs/miner.md) and
  // moved in at the twenty-sixth session's start (rules26): floors at the scores with the scorer retrained on
  // the 74 design sets, these among them, less 0.01
  // (rules26, twenty-sixth session: the rows of a table headed by a kind, `| ClusterRole | 说明 |`, are terms —
  // +4 labels in dev78, +4 in dev58: recall floors raised to the new scores less 0.01)
  dev78: [
    { precision: 0.88, recall: 0.45, typedPrecision: 0.81, typedRecall: 0.41 },
    { precision: 0.88, recall: 0.45, typedPrecision: 0.81, typedRecall: 0.41 },
  ],
  dev79: [
    { precision: 0.8, recall: 0.64, typedPrecision: 0.78, typedRecall: 0.62 },
    { precision: 0.83, recall: 0.66, typedPrecision: 0.8, typedRecall: 0.63 },
  ],
  // (rules27: the admission webhook's keys in `| 概念 | 说明 |` read by table-key-row: recall 0.67 → 0.71 alone,
  // 0.69 → 0.73 whole, typed 0.77 → 0.78, typed recall 0.6 → 0.63 / 0.61 → 0.65)
  dev80: [
    { precision: 0.87, recall: 0.71, typedPrecision: 0.78, typedRecall: 0.63 },
    { precision: 0.87, recall: 0.73, typedPrecision: 0.78, typedRecall: 0.65 },
  ],
  // dev81–dev83: the held-out sets holdout85 (a Java developer's month with Pods), holdout86 (multi-tenancy) and
  // holdout87 (GitOps), scored at the twenty-fifth and twenty-sixth sessions (docs/miner.md) and moved in at the
  // twenty-seventh session's start (rules27): floors at the scores with the scorer retrained on the 77 design
  // sets, these among them, less 0.01
  // (rules27: the probes and hooks of the quick-reference tables read by table-key-row: recall 0.73 → 0.76 alone,
  // 0.76 → 0.79 whole, typed recall 0.64 → 0.67 / 0.62 → 0.65, whole typed precision 0.71 → 0.72)
  // (tables28: whole typed precision 0.72 → 0.71 and typed recall 0.65 → 0.64, lowered: the scorer retrained for the
  // new table rules' candidates types some of dev81's concepts otherwise next to the bundled content (found, false
  // positives and duplicates the same; 0.7376 → 0.7163, 0.6624 → 0.6433); each chapter alone unchanged)
  dev81: [
    { precision: 0.87, recall: 0.76, typedPrecision: 0.77, typedRecall: 0.67 },
    { precision: 0.87, recall: 0.79, typedPrecision: 0.71, typedRecall: 0.64 },
  ],
  dev82: [
    { precision: 0.88, recall: 0.79, typedPrecision: 0.73, typedRecall: 0.65 },
    { precision: 0.86, recall: 0.79, typedPrecision: 0.7, typedRecall: 0.64 },
  ],
  dev83: [
    { precision: 0.76, recall: 0.76, typedPrecision: 0.65, typedRecall: 0.65 },
    { precision: 0.74, recall: 0.76, typedPrecision: 0.63, typedRecall: 0.63 },
  ],
  // dev84–dev86: the held-out sets holdout88 (autoscaling for a sales promotion), holdout89 (databases on
  // Kubernetes) and holdout90 (CKA cluster maintenance), scored at the twenty-sixth and twenty-seventh sessions
  // (docs/miner.md) and moved in at the twenty-eighth session's start (rules28): floors at the scores with the
  // scorer retrained on the 80 design sets, these among them, less 0.01
  dev84: [
    { precision: 0.79, recall: 0.43, typedPrecision: 0.61, typedRecall: 0.33 },
    { precision: 0.79, recall: 0.46, typedPrecision: 0.6, typedRecall: 0.35 },
  ],
  dev85: [
    { precision: 0.83, recall: 0.6, typedPrecision: 0.73, typedRecall: 0.52 },
    { precision: 0.82, recall: 0.61, typedPrecision: 0.73, typedRecall: 0.54 },
  ],
  // (rules28: commands opening a paragraph of their own, explained with verbs of their own — `kubeadm upgrade plan`
  // 不会改任何东西… — read as terms: recall 0.6 → 0.68 alone, 0.7 → 0.71 whole; typed 0.82 / 0.56 → 0.84 / 0.64
  // alone, 0.81 / 0.66 → 0.81 / 0.67 whole)
  // (rules33: `| 状态 / 现象 | 常见原因 |` rows ContainerCreating, ImagePullBackOff, CrashLoopBackOff read as a container
  // state's reasons, table-reason-row: recall 0.706 → 0.725 alone, 0.738 → 0.756 whole; raised to the new scores less 0.01)
  // rules34 (a command's row in a table, `table-command-row`, and the scorer retrained): raised to the final scores less 0.01
  dev86: [
    { precision: 0.89, recall: 0.73, typedPrecision: 0.84, typedRecall: 0.69 },
    { precision: 0.86, recall: 0.76, typedPrecision: 0.81, typedRecall: 0.72 },
  ],
  // dev87–dev89: the held-out sets holdout91 (monitoring and logging), holdout92 (workload hardening) and holdout93
  // (nightly ETL as Jobs and CronJobs), scored at the twenty-seventh and twenty-eighth sessions (docs/miner.md) and
  // moved in at the twenty-ninth session's start (rules29): floors at the scores with the scorer retrained on the
  // 83 design sets, these among them, less 0.01
  // (rules29: recall raised to the new scores less 0.01 — a setting written as a label names its key,
  // honorLabels and terminationMessagePolicy; precision floors kept)
  dev87: [
    { precision: 0.87, recall: 0.59, typedPrecision: 0.85, typedRecall: 0.57 },
    { precision: 0.86, recall: 0.6, typedPrecision: 0.84, typedRecall: 0.58 },
  ],
  // (rules51: alone typed recall 0.65 → 0.64 — the scorer retrained on the 143 design sets, dev147–149 among them,
  // no longer takes dev88's `Baseline` (learned path): 76 of 118, 0.644)
  dev88: [
    { precision: 0.77, recall: 0.72, typedPrecision: 0.69, typedRecall: 0.64 },
    { precision: 0.76, recall: 0.72, typedPrecision: 0.69, typedRecall: 0.65 },
  ],
  dev89: [
    { precision: 0.81, recall: 0.8, typedPrecision: 0.75, typedRecall: 0.73 },
    { precision: 0.79, recall: 0.8, typedPrecision: 0.74, typedRecall: 0.73 },
  ],
  // dev90–dev92: the held-out sets holdout94 (Gateway API and a service mesh), holdout95 (stateful services on a CSI
  // driver) and holdout96 (a first operator: CRDs, controllers, finalizers, webhooks), scored at the twenty-eighth and
  // twenty-ninth sessions (docs/miner.md) and moved in at the thirtieth session's start (rules30): floors at the
  // scores with the scorer retrained on the 86 design sets, these among them, less 0.01
  dev90: [
    { precision: 0.88, recall: 0.72, typedPrecision: 0.74, typedRecall: 0.6 },
    { precision: 0.87, recall: 0.72, typedPrecision: 0.73, typedRecall: 0.6 },
  ],
  dev91: [
    { precision: 0.87, recall: 0.7, typedPrecision: 0.82, typedRecall: 0.65 },
    { precision: 0.86, recall: 0.7, typedPrecision: 0.81, typedRecall: 0.64 },
  ],
  dev92: [
    { precision: 0.86, recall: 0.67, typedPrecision: 0.61, typedRecall: 0.48 },
    { precision: 0.84, recall: 0.68, typedPrecision: 0.61, typedRecall: 0.49 },
  ],
  // dev93–dev95: the held-out sets holdout97 (nodes tuned for a latency-sensitive trading service), holdout98
  // (Flannel replaced by Cilium, NetworkPolicy) and holdout99 (a Spring Boot service's Pod lifecycle), scored at the
  // twenty-ninth and thirtieth sessions (docs/miner.md) and moved in at the thirty-first session's start (rules31):
  // floors at the scores with the scorer retrained on the 89 design sets, these among them, less 0.01
  // (rules31: rows under a joined header `概念 / 字段` and a qualified condition header `节点状况` read — recall 0.73 →
  // 0.79 alone, 0.75 → 0.80 whole; dev85's `对象 / 概念`, dev86's `节点 condition` and dev92's `字段 / 参数` the
  // same rules: recall floors raised to the new scores less 0.01)
  dev93: [
    { precision: 0.83, recall: 0.78, typedPrecision: 0.8, typedRecall: 0.75 },
    { precision: 0.83, recall: 0.79, typedPrecision: 0.82, typedRecall: 0.78 },
  ],
  // (alias35: the heading `VXLAN` is no longer another name of the VTEP concept its section opens with —
  // heading-shapes.ts names-another — so the label VXLAN, which the miner does not mine, is no longer "found"
  // through it: 89 → 88 found alone, 91 → 90 whole; typed recall alone 0.6557 → 0.6475, recall whole 0.7459 → 0.7377,
  // typed recall whole 0.6721 → 0.6639: those floors go 0.65 → 0.64, 0.74 → 0.73, 0.67 → 0.66)
  dev94: [
    { precision: 0.79, recall: 0.72, typedPrecision: 0.7, typedRecall: 0.64 },
    { precision: 0.77, recall: 0.73, typedPrecision: 0.7, typedRecall: 0.66 },
  ],
  // (rules33: the `| reason | 出现在 |` table's ten container state reasons read, table-reason-row: recall 0.779 → 0.853
  // alone, 0.787 → 0.860 whole; raised to the new scores less 0.01)
  dev95: [
    { precision: 0.79, recall: 0.84, typedPrecision: 0.75, typedRecall: 0.8 },
    { precision: 0.79, recall: 0.85, typedPrecision: 0.73, typedRecall: 0.78 },
  ],
  // dev96–dev98: the held-out sets holdout100 (nightly ETL moved from crontab to Job and CronJob), holdout101 (a
  // namespace per research group: RBAC, quotas, Pod Security Admission) and holdout102 (GPU training jobs scheduled
  // next to online services), scored at the thirtieth and thirty-first sessions (docs/miner.md) and moved in at the
  // thirty-second session's start (rules32): floors at the scores with the scorer retrained on the 92 design sets,
  // these among them, less 0.01
  dev96: [
    { precision: 0.85, recall: 0.66, typedPrecision: 0.83, typedRecall: 0.64 },
    { precision: 0.86, recall: 0.66, typedPrecision: 0.83, typedRecall: 0.64 },
  ],
  // (rules32: a field asked about through its kind's genitive in a question, `ResourceQuota 的 scopes 有什么用？`,
  // `**问：PDB 的 minAvailable 和 maxUnavailable 怎么选？**`, read — dev97 recall 0.67 → 0.70, typed recall 0.61 → 0.64
  // alone and 0.63 → 0.65 whole, typed precision whole 0.817 → 0.822; dev98 recall 0.70 → 0.70 alone and 0.72 → 0.73
  // whole, typed recall 0.645 → 0.652 / 0.688 → 0.696: raised to the new scores less 0.01)
  dev97: [
    { precision: 0.88, recall: 0.68, typedPrecision: 0.8, typedRecall: 0.62 },
    { precision: 0.86, recall: 0.68, typedPrecision: 0.81, typedRecall: 0.64 },
  ],
  // rules34 (a command's row in a table, `table-command-row`, and the scorer retrained): raised to the final scores less 0.01
  dev98: [
    { precision: 0.77, recall: 0.72, typedPrecision: 0.71, typedRecall: 0.67 },
    { precision: 0.76, recall: 0.75, typedPrecision: 0.73, typedRecall: 0.71 },
  ],
  // dev99–dev101: the held-out sets holdout103 (a Next.js app's zero-downtime deploys), holdout104 (disaster recovery
  // and zone outages) and holdout105 (debugging and observing workloads), scored at the thirty-first and thirty-second
  // sessions (docs/miner.md) and moved in at the thirty-third session's start (rules33): floors at the scores with
  // the scorer retrained on the 95 design sets, these among them, less 0.01
  dev99: [
    { precision: 0.86, recall: 0.64, typedPrecision: 0.85, typedRecall: 0.63 },
    { precision: 0.86, recall: 0.66, typedPrecision: 0.82, typedRecall: 0.62 },
  ],
  dev100: [
    { precision: 0.85, recall: 0.76, typedPrecision: 0.75, typedRecall: 0.67 },
    { precision: 0.86, recall: 0.77, typedPrecision: 0.75, typedRecall: 0.67 },
  ],
  // (rules33: the `| reason | 所属状态 |` table's nine missed container state reasons read, table-reason-row: recall
  // 0.611 → 0.679 alone, 0.626 → 0.695 whole; raised to the new scores less 0.01)
  dev101: [
    { precision: 0.84, recall: 0.66, typedPrecision: 0.74, typedRecall: 0.59 },
    { precision: 0.87, recall: 0.68, typedPrecision: 0.74, typedRecall: 0.57 },
  ],
  // dev102–dev104: the held-out sets holdout106 (a first Kubernetes course's lecture notes), holdout107 (K3s at the
  // edge in factories) and holdout108 (PostgreSQL on Kubernetes), scored at the thirty-second and thirty-third
  // sessions (docs/miner.md) and moved in at the thirty-fourth session's start (rules34): floors at the scores with
  // the scorer retrained on the 98 design sets, these among them, less 0.01
  // rules34 (a command's row in a table, `table-command-row`, and the scorer retrained): raised to the final scores less 0.01
  dev102: [
    { precision: 0.85, recall: 0.82, typedPrecision: 0.81, typedRecall: 0.76 },
    { precision: 0.85, recall: 0.84, typedPrecision: 0.77, typedRecall: 0.73 },
  ],
  // rules35 (a status field's values set out in a list, `list-state-colon`, and the scorer retrained): raised to the final scores less 0.01
  dev103: [
    { precision: 0.9, recall: 0.49, typedPrecision: 0.88, typedRecall: 0.48 },
    { precision: 0.89, recall: 0.51, typedPrecision: 0.86, typedRecall: 0.48 },
  ],
  dev104: [
    { precision: 0.88, recall: 0.72, typedPrecision: 0.77, typedRecall: 0.63 },
    { precision: 0.89, recall: 0.74, typedPrecision: 0.76, typedRecall: 0.64 },
  ],
  // dev105–dev107: the held-out sets holdout109 (UDP game servers on Kubernetes), holdout110 (a CKAD candidate's
  // cheat sheets and mistake log) and holdout111 (Spring Boot services moved from VMs), scored at the thirty-third
  // and thirty-fourth sessions (docs/miner.md) and moved in at the thirty-fifth session's start (rules35): floors at
  // the scores with the scorer retrained on the 101 design sets, these among them, less 0.01
  // rules35 (a status field's values set out in a list, `list-state-colon`, and the scorer retrained): raised to the final scores less 0.01
  // rules36 (title-joined-kind, list-reason-colon, the scorer retrained): recall floors raised to the final scores less 0.01
  dev105: [
    { precision: 0.82, recall: 0.77, typedPrecision: 0.79, typedRecall: 0.74 },
    { precision: 0.83, recall: 0.78, typedPrecision: 0.78, typedRecall: 0.72 },
  ],
  // rules35 (a status field's values set out in a list, `list-state-colon`, and the scorer retrained): raised to the final scores less 0.01
  // rules36 (title-joined-kind, list-reason-colon, the scorer retrained): recall floors raised to the final scores less 0.01
  dev106: [
    { precision: 0.92, recall: 0.73, typedPrecision: 0.85, typedRecall: 0.67 },
    { precision: 0.9, recall: 0.74, typedPrecision: 0.81, typedRecall: 0.67 },
  ],
  dev107: [
    { precision: 0.82, recall: 0.77, typedPrecision: 0.75, typedRecall: 0.7 },
    { precision: 0.81, recall: 0.77, typedPrecision: 0.73, typedRecall: 0.69 },
  ],
  // dev108–dev110: the held-out sets holdout112 (nightly Spark and Python batch jobs moved from cron), holdout113 (a
  // hospital's cluster locked down before a compliance review) and holdout114 (a ticketing platform's SRE before a tour
  // goes on sale), scored at the thirty-fourth and thirty-fifth sessions (docs/miner.md) and moved in at the
  // thirty-sixth session's start (rules36): floors at the scores with the scorer retrained on the 104 design sets,
  // these among them, less 0.01
  // rules36 (title-joined-kind, list-reason-colon, the scorer retrained): recall floors raised to the final scores less 0.01
  dev108: [
    { precision: 0.76, recall: 0.67, typedPrecision: 0.74, typedRecall: 0.65 },
    { precision: 0.76, recall: 0.66, typedPrecision: 0.71, typedRecall: 0.6 },
  ],
  dev109: [
    { precision: 0.8, recall: 0.71, typedPrecision: 0.76, typedRecall: 0.68 },
    { precision: 0.79, recall: 0.71, typedPrecision: 0.75, typedRecall: 0.68 },
  ],
  dev110: [
    { precision: 0.93, recall: 0.79, typedPrecision: 0.8, typedRecall: 0.66 },
    { precision: 0.92, recall: 0.79, typedPrecision: 0.77, typedRecall: 0.65 },
  ],
  // dev111–dev113: the held-out sets holdout115 (GPU training and batch inference scheduled onto a mixed cluster),
  // holdout116 (a front-end developer shipping a Next.js site and a Node API) and holdout117 (a DBA moving PostgreSQL
  // and Redis from physical servers), scored at the thirty-fifth and thirty-sixth sessions (docs/miner.md) and moved
  // in at the thirty-seventh session's start (rules37): floors at the scores with the scorer retrained on the 107
  // design sets, these among them, less 0.01
  dev111: [
    { precision: 0.86, recall: 0.83, typedPrecision: 0.82, typedRecall: 0.79 },
    { precision: 0.87, recall: 0.83, typedPrecision: 0.8, typedRecall: 0.76 },
  ],
  dev112: [
    { precision: 0.88, recall: 0.77, typedPrecision: 0.82, typedRecall: 0.72 },
    { precision: 0.87, recall: 0.77, typedPrecision: 0.78, typedRecall: 0.7 },
  ],
  dev113: [
    { precision: 0.86, recall: 0.89, typedPrecision: 0.83, typedRecall: 0.86 },
    { precision: 0.87, recall: 0.89, typedPrecision: 0.81, typedRecall: 0.84 },
  ],
  // dev114–dev116: the held-out sets holdout118 (a FinOps / capacity engineer cutting the cluster's bill), holdout119
  // (a bank's data-centre network engineer) and holdout120 (an online-education company's release manager), scored at
  // the thirty-sixth and thirty-seventh sessions (docs/miner.md) and moved in at the thirty-eighth session's start
  // (rules38): floors at the scores with the scorer retrained on the 110 design sets, these among them, less 0.01
  dev114: [
    { precision: 0.94, recall: 0.81, typedPrecision: 0.86, typedRecall: 0.74 },
    { precision: 0.92, recall: 0.81, typedPrecision: 0.84, typedRecall: 0.74 },
  ],
  dev115: [
    { precision: 0.91, recall: 0.64, typedPrecision: 0.84, typedRecall: 0.59 },
    { precision: 0.91, recall: 0.67, typedPrecision: 0.82, typedRecall: 0.6 },
  ],
  dev116: [
    { precision: 0.79, recall: 0.82, typedPrecision: 0.72, typedRecall: 0.75 },
    { precision: 0.77, recall: 0.82, typedPrecision: 0.72, typedRecall: 0.75 },
  ],
  // dev117–dev119: the held-out sets holdout121 (a CI/CD platform engineer moving build agents onto Kubernetes),
  // holdout122 (an observability engineer coming from ELK) and holdout123 (a junior operations intern's notebook on the
  // Pod spec), scored at the thirty-seventh and thirty-eighth sessions (docs/miner.md) and moved in at the thirty-ninth
  // session's start (rules39): floors at the scores with the scorer retrained on the 113 design sets, these among them, less 0.01
  // (dev117 and dev118 raised after rules39's paragraph-state-colon and english-glossary-table, retrained)
  dev117: [
    { precision: 0.8, recall: 0.66, typedPrecision: 0.77, typedRecall: 0.64 },
    { precision: 0.81, recall: 0.66, typedPrecision: 0.78, typedRecall: 0.63 },
  ],
  dev118: [
    { precision: 0.79, recall: 0.8, typedPrecision: 0.73, typedRecall: 0.73 },
    { precision: 0.79, recall: 0.81, typedPrecision: 0.7, typedRecall: 0.71 },
  ],
  dev119: [
    { precision: 0.87, recall: 0.77, typedPrecision: 0.87, typedRecall: 0.76 },
    { precision: 0.87, recall: 0.77, typedPrecision: 0.85, typedRecall: 0.74 },
  ],
  // dev120–dev122: the held-out sets holdout124 (the lead of a platform team running one cluster for twelve teams),
  // holdout125 (a .NET developer moving Windows and Linux services onto one mixed cluster) and holdout126 (a Go
  // developer writing an operator for a message queue), scored at the thirty-eighth and thirty-ninth sessions
  // (docs/miner.md) and moved in at the fortieth session's start (rules40): floors at the scores with the scorer
  // retrained on the 116 design sets, these among them, less 0.01
  // (dev120 and dev122 raised after rules40's table of keys headed 键 and generic word glossed with a name, retrained;
  // dev122's typed floors raised after kind43's conditions table of a prose kind: typed R 0.48 → 0.61)
  dev120: [
    { precision: 0.95, recall: 0.67, typedPrecision: 0.91, typedRecall: 0.64 },
    { precision: 0.94, recall: 0.66, typedPrecision: 0.89, typedRecall: 0.63 },
  ],
  dev121: [
    { precision: 0.93, recall: 0.7, typedPrecision: 0.88, typedRecall: 0.66 },
    { precision: 0.93, recall: 0.72, typedPrecision: 0.88, typedRecall: 0.66 },
  ],
  dev122: [
    { precision: 0.84, recall: 0.79, typedPrecision: 0.6, typedRecall: 0.58 },
    { precision: 0.84, recall: 0.8, typedPrecision: 0.6, typedRecall: 0.58 },
  ],
  // dev123–dev125: the held-out sets holdout127 (a university lecturer's handouts), holdout128 (a bank's security
  // auditor) and holdout129 (an SRE on call for databases), scored from the thirty-ninth to the forty-second session
  // (docs/miner.md) and moved in at the forty-third session's start (rules43): floors at the scores with the scorer
  // retrained on the 119 design sets, these among them, less 0.01 (dev124's precision raised after rules43's numbered
  // record, retrained: its nine findings `发现 F-NN` and two titles' Pod no longer concepts)
  dev123: [
    { precision: 0.87, recall: 0.81, typedPrecision: 0.83, typedRecall: 0.77 },
    { precision: 0.89, recall: 0.82, typedPrecision: 0.8, typedRecall: 0.72 },
  ],
  dev124: [
    { precision: 0.78, recall: 0.7, typedPrecision: 0.69, typedRecall: 0.62 },
    { precision: 0.78, recall: 0.7, typedPrecision: 0.69, typedRecall: 0.62 },
  ],
  dev125: [
    { precision: 0.87, recall: 0.65, typedPrecision: 0.86, typedRecall: 0.64 },
    { precision: 0.87, recall: 0.63, typedPrecision: 0.82, typedRecall: 0.6 },
  ],
  // dev126–dev128: the held-out sets holdout130 (a data-centre network engineer), holdout131 (a game studio's backend
  // developer) and holdout132 (an ML platform engineer's onboarding wiki), scored from the fortieth to the forty-third
  // session (docs/miner.md) and moved in at the forty-fourth session's start (rules44): floors at the scores with the
  // scorer retrained on the 122 design sets, these among them, less 0.01
  dev126: [
    { precision: 0.76, recall: 0.73, typedPrecision: 0.72, typedRecall: 0.7 },
    { precision: 0.76, recall: 0.76, typedPrecision: 0.72, typedRecall: 0.73 },
  ],
  dev127: [
    { precision: 0.78, recall: 0.72, typedPrecision: 0.72, typedRecall: 0.67 },
    { precision: 0.78, recall: 0.72, typedPrecision: 0.7, typedRecall: 0.65 },
  ],
  dev128: [
    { precision: 0.85, recall: 0.8, typedPrecision: 0.84, typedRecall: 0.79 },
    { precision: 0.84, recall: 0.8, typedPrecision: 0.83, typedRecall: 0.79 },
  ],
  // dev129–dev131: the held-out sets holdout133 (a security engineer's CKS exam notes), holdout134 (an SRE's team wiki
  // after a painful upgrade) and holdout135 (a front-end developer's casual deployment diary), scored from the
  // forty-second to the forty-fourth session (docs/miner.md) and moved in at the forty-fifth session's start (rules45):
  // floors at the scores with the scorer retrained on the 125 design sets, these among them, less 0.01
  dev129: [
    { precision: 0.76, recall: 0.8, typedPrecision: 0.65, typedRecall: 0.67 },
    { precision: 0.74, recall: 0.8, typedPrecision: 0.64, typedRecall: 0.67 },
  ],
  dev130: [
    { precision: 0.79, recall: 0.83, typedPrecision: 0.74, typedRecall: 0.79 },
    { precision: 0.8, recall: 0.82, typedPrecision: 0.72, typedRecall: 0.75 },
  ],
  dev131: [
    { precision: 0.82, recall: 0.82, typedPrecision: 0.72, typedRecall: 0.71 },
    { precision: 0.81, recall: 0.82, typedPrecision: 0.67, typedRecall: 0.68 },
  ],
  // dev132–dev134: the held-out sets holdout136 (a DBA moving PostgreSQL and Redis onto Kubernetes), holdout137 (an IoT
  // engineer's terse k3s field notes) and holdout138 (a Java team lead's teaching notes), scored from the forty-third
  // to the forty-fifth session (docs/miner.md) and moved in at the forty-sixth session's start (rules46): floors at
  // the scores with the scorer retrained on the 128 design sets, these among them, less 0.01
  dev132: [
    { precision: 0.86, recall: 0.72, typedPrecision: 0.82, typedRecall: 0.68 },
    { precision: 0.85, recall: 0.72, typedPrecision: 0.81, typedRecall: 0.67 },
  ],
  dev133: [
    { precision: 0.68, recall: 0.61, typedPrecision: 0.66, typedRecall: 0.59 },
    { precision: 0.66, recall: 0.61, typedPrecision: 0.65, typedRecall: 0.59 },
  ],
  dev134: [
    { precision: 0.83, recall: 0.84, typedPrecision: 0.77, typedRecall: 0.77 },
    { precision: 0.84, recall: 0.84, typedPrecision: 0.75, typedRecall: 0.75 },
  ],
  // dev135–dev137: the held-out sets holdout139 (a student cramming for the CKA), holdout140 (a .NET developer moving
  // IIS services) and holdout141 (a platform team's "golden path" handbook), scored from the forty-fourth to the
  // forty-sixth session (docs/miner.md) and moved in at the forty-seventh session's start (rules47): floors at the
  // scores with the scorer retrained on the 131 design sets, these among them, less 0.01
  dev135: [
    { precision: 0.80, recall: 0.68, typedPrecision: 0.71, typedRecall: 0.58 },
    { precision: 0.77, recall: 0.68, typedPrecision: 0.67, typedRecall: 0.57 },
  ],
  // (mend50: alone precision 0.835 → 0.812, typed 0.753 → 0.729 — OOM, chapter and draft, had matched the label
  // 节点压力驱逐 only by the alias `## 四、节点压力驱逐` gave it, its section naming kubelet's thresholds first:
  // heading-shapes.ts named-later; OOM is now the false positive it always was, and the label a miss)
  dev136: [
    { precision: 0.80, recall: 0.65, typedPrecision: 0.72, typedRecall: 0.58 },
    { precision: 0.78, recall: 0.67, typedPrecision: 0.72, typedRecall: 0.61 },
  ],
  // (rules47: precision raised — a rule's ID with its grade is no name, label-rules.ts GRADED_RECORD)
  dev137: [
    { precision: 0.77, recall: 0.79, typedPrecision: 0.74, typedRecall: 0.77 },
    { precision: 0.75, recall: 0.81, typedPrecision: 0.72, typedRecall: 0.75 },
  ],
  // dev138–dev140: the held-out sets holdout142 (an Nginx / HAProxy engineer moving to the Gateway API), holdout143 (a
  // data engineer's batch pipelines) and holdout144 (a Go developer writing an operator), scored from the forty-fifth
  // to the forty-seventh session (docs/miner.md) and moved in at the forty-eighth session's start (rules48): floors at
  // the scores with the scorer retrained on the 134 design sets, these among them, less 0.01
  dev138: [
    { precision: 0.82, recall: 0.82, typedPrecision: 0.81, typedRecall: 0.80 },
    { precision: 0.85, recall: 0.83, typedPrecision: 0.83, typedRecall: 0.82 },
  ],
  dev139: [
    { precision: 0.86, recall: 0.81, typedPrecision: 0.79, typedRecall: 0.75 },
    { precision: 0.85, recall: 0.79, typedPrecision: 0.79, typedRecall: 0.73 },
  ],
  dev140: [
    { precision: 0.79, recall: 0.79, typedPrecision: 0.71, typedRecall: 0.70 },
    { precision: 0.78, recall: 0.80, typedPrecision: 0.70, typedRecall: 0.72 },
  ],
  // dev141–dev143: the held-out sets holdout145 (a machine-learning engineer on a shared GPU cluster), holdout146 (an
  // e-commerce SRE preparing a big sale) and holdout147 (a student's course notes), scored from the forty-sixth to the
  // forty-eighth session (docs/miner.md) and moved in at the forty-ninth session's start (rules49): floors at the scores
  // with the scorer retrained on the 137 design sets, these among them, less 0.01
  dev141: [
    { precision: 0.81, recall: 0.78, typedPrecision: 0.73, typedRecall: 0.70 },
    { precision: 0.82, recall: 0.77, typedPrecision: 0.75, typedRecall: 0.70 },
  ],
  dev142: [
    { precision: 0.84, recall: 0.78, typedPrecision: 0.71, typedRecall: 0.66 },
    { precision: 0.82, recall: 0.78, typedPrecision: 0.70, typedRecall: 0.67 },
  ],
  dev143: [
    { precision: 0.78, recall: 0.68, typedPrecision: 0.67, typedRecall: 0.58 },
    { precision: 0.75, recall: 0.71, typedPrecision: 0.61, typedRecall: 0.56 },
  ],
  // dev144–dev146: the held-out sets holdout148 (a QA engineer's throw-away test environment per pull request),
  // holdout149 (a bank's storage administrator's study material) and holdout150 (a hospital operations engineer's
  // logging and monitoring diary), scored from the forty-seventh to the forty-ninth session (docs/miner.md) and moved in
  // at the fiftieth session's start (rules50): floors at the scores with the scorer retrained on the 140 design sets,
  // these among them, less 0.01
  dev144: [
    { precision: 0.74, recall: 0.58, typedPrecision: 0.74, typedRecall: 0.57 },
    { precision: 0.74, recall: 0.59, typedPrecision: 0.71, typedRecall: 0.56 },
  ],
  dev145: [
    { precision: 0.75, recall: 0.70, typedPrecision: 0.74, typedRecall: 0.69 },
    { precision: 0.74, recall: 0.69, typedPrecision: 0.72, typedRecall: 0.66 },
  ],
  dev146: [
    { precision: 0.79, recall: 0.75, typedPrecision: 0.76, typedRecall: 0.72 },
    { precision: 0.75, recall: 0.77, typedPrecision: 0.71, typedRecall: 0.72 },
  ],
  // dev147–dev149: the held-out sets holdout151 (a mobile-game company's backend developer running game servers),
  // holdout152 (a university lab's GPU cluster administrator's handouts) and holdout153 (a financial company's security
  // auditor), scored from the forty-eighth to the fiftieth session (docs/miner.md) and moved in at the fifty-first
  // session's start (rules51): floors at the scores with the scorer retrained on the 143 design sets, these among them,
  // less 0.01
  dev147: [
    { precision: 0.72, recall: 0.91, typedPrecision: 0.70, typedRecall: 0.88 },
    { precision: 0.72, recall: 0.91, typedPrecision: 0.69, typedRecall: 0.86 },
  ],
  dev148: [
    { precision: 0.83, recall: 0.85, typedPrecision: 0.82, typedRecall: 0.83 },
    { precision: 0.82, recall: 0.85, typedPrecision: 0.80, typedRecall: 0.81 },
  ],
  dev149: [
    { precision: 0.76, recall: 0.88, typedPrecision: 0.73, typedRecall: 0.84 },
    { precision: 0.76, recall: 0.88, typedPrecision: 0.73, typedRecall: 0.84 },
  ],
};

/**
 * `not:` labels a set's chapters still turn into concepts (or aliases), by set; the tests expect
 * exactly these, so a fix must remove the entry. (dev9's heading 关机也要优雅, an alias of
 * 节点优雅关闭 until label-rules read 也要 as a clause word, was the last one.)
 */
const KNOWN_NOT_VIOLATIONS: Record<string, [string[], string[]]> = {
  // [each chapter alone, next to the bundled content]; found when the held-out sets moved in
  dev10: [['单个环境变量'], ['单个环境变量']],
  // (rules41: dev12's bold 按优先级限额, a preposition of manner and a verb, is a clause; dev13's
  // heading 术语, a rubric alone, is no other name of ResourceQuota)
  dev12: [[], ['Troubleshooting']],
  // (the lead, eighth session: a section that opens with a table of several rows lends its heading to
  // none of them — dev13's maxSkew, dev16's seccompProfile, dev22's args and dev37's Push took a
  // `not:` heading as an alias before)
  // (reader11 removed dev15's LoadBalancer, dev19's kubectl create quota, dev24's ConfigMap and envFrom,
  // dev64's /var/log/pods, dev67's 身份（Identity） and dev68's GitOps Toolkit: each took a `not:` heading
  // over a series of definitions — `0x00 背景`, `考试常用命令`, `一句话区分`, `当环境变量用`, `节点上的目录结构`,
  // `术语表`, `整体结构` — as its other name; heading-shapes.ts headingOverSeries)
  // (the lead, eleventh session: dev16's heading 用 kubectl 看日志, an alias of kubectl logs until a
  // one-character verb set apart before a Latin name was read as an activity)
  // (rules19 removed dev17's YAML 示例: a heading of a name and a rubric is about the name)
  // dev19–dev21: the entries are the concepts that took a `not:` heading of their chapter as an
  // alias (a section heading such as 它解决的是什么问题 or 背后的一串资源 read as another name of
  // the concept the section defines: Karpenter, Cluster Autoscaler, CertificateRequest). dev21's
  // HPA chapter lists its heading 从 CPU 到自定义指标 under `not:`; the miner makes it an alias of
  // the section's first definition: minReplicas until rules8, `spec.scaleTargetRef` (read by
  // path-mention (means)) since
  // (rules22 removed dev19's Karpenter: its alias 读后感, a heading the chapter lists under `not:`, is a
  // generic label now)
  dev20: [['启动完成'], ['启动完成']],
  // (lead, thirty-third session: a heading with 的 gives no other name — field-gloss.ts GENITIVE_HEADING — so
  // CertificateRequest no longer takes `背后的一串资源`)
  // (alias35: fewer — a heading that is a sentence or another name gives no alias: heading-shapes.ts headingNotAName)
  dev21: [[], []],
  // found when holdout25 and holdout26 moved in: dev24's `not:` headings (当环境变量用, 当文件挂载)
  // read as other names of the concepts their sections define (ConfigMap, envFrom). (rules16 removed
  // dev19's 退出码小抄, dev21's 面试官点评, dev23's 默认值规则, dev25's English remark label
  // **My takeaway**：… and dev27's generic label 踩坑 2: each made a term)
  // found when holdout28 and holdout30 moved in: the cheat sheet's English heading One-line
  // checklist made a term
  dev29: [['One-line checklist'], ['One-line checklist']],
  // found when holdout31 moved in: the migration diary's tool ingress2gateway took the diary's
  // `not:` heading `Day 2：转换规则` as another name (the bold labels 版本提醒 and UDP 坑 were terms
  // too, until a reminder was read as a generic label and `X 坑` as about X, like `X 的坑`); rules39
  // removed it: a diary's entry heading is no other name of its section's definition
  // found when holdout43–45 moved in (tenth session): dev42's answer label 答案要点（只列 Pod 模板）
  // read as a name glossed in parentheses (a term 只列 Pod 模板, twice with the draft), and the clause
  // 攻击者出来时就是真 root read by the copula rule (a 时 after a Chinese verb is no circumstance yet);
  // dev44's heading 版本 taken as another name of `resources`, the field its section opens with
  // (Resource requests & limits next to the bundled content), and the step label **排队**：… of a
  // numbered list of the scheduler's steps made a term. (dev43's incident labels 处理 and 改进 were
  // fixed before the move: the parts of an incident write-up are generic labels.)
  // (learn2: the scorer trained to find new labels no longer adds 只列 Pod 模板)
  // (fix29/fix30: the term 攻击者出来时 no longer takes the `not:` heading 容器里的 root 到底是谁的 root as
  // another name: `是谁` is a question word in label-rules.ts QUESTION; the term itself is still a false positive)
  // (alias35: fewer — a heading that is a sentence or another name gives no alias: heading-shapes.ts headingNotAName)
  // (mend50: fewer — the heading 版本 over a section naming other things before `resources` is no other name of it:
  // heading-shapes.ts named-later)
  dev44: [['排队'], ['排队']],
  // found when holdout49–51 moved in (twelfth session; dev48's rubric heading 自问自答, taken as
  // another name of cloud-controller-manager, was fixed before the move: a generic label now): dev49's
  // heading 表满了 taken as another name of nf_conntrack_max, and CNI's `stdin`, which the writer
  // lists as not a concept; dev50's heading Node.js 的堆 and the troubleshooting heading
  // 现象 2：发布时偶发 502 (twice with the draft) made concepts
  // (alias35: fewer — a heading that is a sentence or another name gives no alias: heading-shapes.ts headingNotAName)
  // (rubric46: fewer — the bold label behind a numbered rubric, `**现象 2：发布时偶发 502**`, names what follows the
  // rubric, Chinese words read for a name they are: rubrics.ts)
  dev49: [['stdin'], ['stdin']],
  dev50: [['Node.js 的堆'], ['Node.js 的堆']],
  // found when holdout52–54 moved in (thirteenth session; their diaries' dated entries, `3 月 20 日`,
  // `D10 周三 — 复盘`, were fixed before the move: a dated label names a day): dev51's English
  // heading Installation (next to the bundled content, chapter and draft); dev52's `7 天`, `IP`,
  // the misspelt rubric 缺占 and the annotation strimzi.io/managed (chapter and draft), which the
  // writer lists as not concepts; dev53's 不适合, GPU and the cheat-sheet heading 速查表（cheat sheet）
  // (rules24 removed dev52's `IP`, a bold name mid-sentence: a general word, generic-words.ts GENERAL_WORDS)
  dev51: [[], ['Installation', 'Installation']],
  // (alias35: fewer — a heading that is a sentence or another name gives no alias: heading-shapes.ts headingNotAName)
  // (lead42: 缺占 is a line under `**优点：**` in one paragraph, a paragraph of its own now, label-lines.ts, and read as the misspelt rubric it is)
  dev52: [['7 天'], ['7 天']],
  // (learn2: the scorer trained to find new labels no longer adds GPU)
  dev53: [['不适合', '速查表（cheat sheet）'], ['不适合', '速查表（cheat sheet）']],
  // found when holdout55–57 moved in (fourteenth session): dev54's bold phrase guest 偏好 (emphasis in a
  // sentence, made a term), dev55's diary heading 周末反思（TODO）, dev56's Installation next to the
  // bundled content (a bundled concept's name the writer lists as not one, as dev51's)
  dev54: [['guest 偏好'], ['guest 偏好']],
  // (rules38 removed dev55's 周末反思（TODO）: a gloss that is a rubric makes no glossed heading, label-rules.ts glossedHeading)
  dev55: [[], []],
  dev56: [[], ['Installation']],
  // found when holdout58–60 moved in (sixteenth session): dev58's abbreviation CNPG, the phrase
  // 生成的 Secret, HAProxy and the cheat-sheet heading kubectl 通用, which the writer lists as not
  // concepts, and Installation next to the bundled content (chapter and draft)
  // (alias35: fewer — a heading that is a sentence or another name gives no alias: heading-shapes.ts headingNotAName)
  // (mend50: fewer — HAProxy, named after PXC and a StatefulSet in its section, no longer takes the `not:` heading
  // 底层对象 as another name: heading-shapes.ts named-later)
  dev58: [['生成的 Secret', 'kubectl 通用'], ['Installation', '生成的 Secret', 'Installation', 'kubectl 通用']],
  // found when holdout61–63 moved in (seventeenth session): dev60's key words type and
  // spec.topology and the phrase namespace 标签, which the writer lists as not concepts; dev62's
  // bold name with its expansion KIC (Kong Ingress Controller), listed as not one in that spelling
  // (fix32a: the field `spec.strategy.type` is titled strategy.type — miner/field-titles.ts — as the label names it; it
  // keeps the chapter's bare `type` as an alias, which the writer lists as not a concept: the same violation, new title)
  // (lead, thirty-third session: spec.topology's heading alias with a 的 or a gloss is gone — field-gloss.ts glossedHeadingAliases)
  dev60: [['strategy.type', 'namespace 标签'], ['strategy.type', 'namespace 标签']],
  // (reader11: the `### 架构` heading over KIC's section is no longer its other name — a heading over a series
  // of definitions — but the second `### 架构`, over one definition, is now etcd's: the same area shape, not taken)
  // (alias35: fewer — a heading that is a sentence or another name gives no alias: heading-shapes.ts headingNotAName)
  // (mend50: none — etcd, named after APISIX and OpenResty in the second `### 架构`'s section, no longer takes it as
  // another name: heading-shapes.ts named-later)
  dev62: [[], []],
  // found when holdout64–66 moved in (eighteenth session): names the writers list as not concepts
  // in these spellings (dev63's Tekton and the diary's bold 修复, dev64's path /var/log/pods and DAG,
  // dev65's diary heading), made concepts by the miner (audit8: dev63's Tekton no more — it came from
  // prose-behaviour, `Tekton 会自动推断…`, removed)
  // (rules50 removed the bold 修复: a part of a defect report or a write-up is a generic label, labels.ts GENERIC_LABEL_WORDS)
  dev63: [[], []],
  // (alias35: fewer — a heading that is a sentence or another name gives no alias: heading-shapes.ts headingNotAName)
  dev64: [[], []],
  // (rubric46: none — `**踩坑 3：发布卡在 workflowSuspending**` names what follows its rubric, no name: rubrics.ts)
  dev65: [[], []],
  // found when holdout70–72 moved in (twentieth session): names the writers list as not concepts in
  // these spellings (dev67's two glossed headings, dev68's GitOps Toolkit and two bold 集成 labels), made
  // concepts by the miner
  // (lead, thirty-fourth session: dev67's violation is gone — a heading that writes a name and more gives no
  // other name, field-gloss.ts qualifiesName)
  dev67: [[], []],
  dev68: [['Flux 集成', 'Argo CD 集成'], ['Flux 集成', 'Argo CD 集成']],
  // found when holdout73–75 moved in (rules23): concepts whose title or one of whose other names a chapter
  // lists under `not:` (dev70's bold 正确做法; in dev69 and dev71 another name of order-api, Secret and
  // KubeletConfiguration), made by the miner before this session's work
  // (neg26: Secret's violation was its heading alias 基本术语, the heading over a glossary of the object and six
  // terms; a heading over a series of names of several kinds is no alias now, alias-shapes.ts SERIES_KIND_GROUPS)
  // (prec33: next to the bundled content the heading `## 配一个最小的 RBAC`, a `not:` name, is one object of a
  // known concept, no name any more — kind-in-place.ts kindInstance — so order-api no longer takes it)
  // (lead, thirty-third session: alone too, order-api's heading alias is gone — field-gloss.ts glossedHeadingAliases)
  dev69: [[], []],
  dev70: [['正确做法'], ['正确做法']],
  // (lead, thirty-third session: `kubelet 的配置…` headings give KubeletConfiguration no other name — GENITIVE_HEADING)
  dev71: [[], []],
  // found when holdout76–78 moved in (rules24): concepts whose title or one of whose other names a chapter
  // lists under `not:` (dev73's restartPolicy and bold 修复; dev74's interview chapter's rubric words 协议,
  // 跨命名空间 and 表达能力), made by the miner before this session's work
  // (alias35: fewer — a heading that is a sentence or another name gives no alias: heading-shapes.ts headingNotAName)
  // (rules50 removed the bold 修复, labels.ts GENERIC_LABEL_WORDS)
  dev73: [['restartPolicy'], []],
  dev74: [['协议', '跨命名空间', '表达能力'], ['协议', '跨命名空间', '表达能力']],
  // found when holdout79–81 moved in (rules25): dev77's interview chapter's bold rubric label 面试官反馈 and
  // the snapshot chapter's snapshot-controller, listed under `not:`, made by the miner before this session's work
  dev77: [['面试官反馈', 'snapshot-controller'], ['面试官反馈', 'snapshot-controller']],
  // found when holdout82–84 moved in (rules26): dev78's `at the cluster scope` and dev79's `DNS 忘了放` and
  // `已有连接`, which the writers list under `not:`, made concepts by the miner before this session's work
  dev78: [['at the cluster scope'], ['at the cluster scope']],
  dev79: [['DNS 忘了放', '已有连接'], ['DNS 忘了放', '已有连接']],
  // found when holdout85–87 moved in (rules27): the heading 写在最后, which dev81's and dev82's writers list under
  // `not:`, taken as another name of the concept its section opens with (dev81's `state`, dev82's Namespace)
  // by the miner before this session's work
  // (alias35: fewer — a heading that is a sentence or another name gives no alias: heading-shapes.ts headingNotAName)
  dev81: [[], []],
  // (alias35: fewer — a heading that is a sentence or another name gives no alias: heading-shapes.ts headingNotAName)
  dev82: [[], []],
  // found when holdout88–90 moved in (rules28): a name the writers list under `not:` among the names of a
  // mined concept — dev84's glossary concept `Metrics API/Server` (next to the bundled content only) and the
  // Pod concept of dev86's last chapter (06-踩坑与经验教训) — by the miner before this session's work
  dev84: [[], ['Metrics API/Server']],
  // (alias35: fewer — a heading that is a sentence or another name gives no alias: heading-shapes.ts headingNotAName)
  // (mend50: none — the Pod concept no longer takes the `not:` heading 在 manifests 目录里留备份文件, over a section
  // naming etcd.yaml first: heading-shapes.ts named-later)
  dev86: [[], []],
  // found when holdout91–93 moved in (rules29): names the writers list under `not:` among the names of a mined
  // concept — dev87's glossary concept with the other name 抓取目标（target）, and `Storage` next to the bundled
  // content (dev87's glossary, dev89's glossary); dev88's readOnlyRootFilesystem in the field-by-field chapter;
  // dev89's CronJob and 暂停整个 CronJob in 02-CronJob-定时这件事 and emptyDir in its glossary — by the miner
  // before this session's work
  dev87: [['抓取目标（target）'], ['Storage', '抓取目标（target）']],
  // (lead, thirty-third session: `复习完的感受` is no other name of readOnlyRootFilesystem — GENITIVE_HEADING)
  dev88: [[], []],
  // (prec33: `## 暂停整个 CronJob` is one object of the kind, no term: kind-in-place.ts kindInstance)
  // (alias35: fewer — a heading that is a sentence or another name gives no alias: heading-shapes.ts headingNotAName)
  dev89: [['emptyDir'], ['Storage']],
  // found when holdout94–96 moved in (rules30): names the writers list under `not:` among the names of a mined
  // concept — dev90's `PathPrefix 踩坑` in its HTTPRoute quick-reference chapter and ReferenceGrant in its glossary,
  // alone and whole — by the miner before this session's work
  dev90: [['PathPrefix 踩坑', 'ReferenceGrant'], ['PathPrefix 踩坑', 'ReferenceGrant']],
  // found when holdout97–99 moved in (rules31): dev93's KubeletConfiguration takes its kubelet chapter's generic
  // heading `配置文件本身` (a `not:` of that chapter) as an alias, alone and whole — by the miner before this session's work
  // (alias35: fewer — a heading that is a sentence or another name gives no alias: heading-shapes.ts headingNotAName)
  dev93: [[], []],
  // found when holdout100–102 moved in (rules32): names the writers list under `not:` among the names of a mined
  // concept — dev97's glossary concept with the other name PSA (alone) and NetworkPolicy, Pod Security Admission and
  // ResourceQuota (next to the bundled content, where the glossary's concepts join the bundled ones), dev98's interview
  // chapter's bold rubric 追问我没答好的 — by the miner before this session's work
  dev97: [['PSA'], ['NetworkPolicy', 'Pod Security Admission', 'ResourceQuota']],
  dev98: [['追问我没答好的'], ['追问我没答好的']],
  // found when holdout103–105 moved in (rules33): dev100's snapshot reading notes make a concept 快照控制器
  // (snapshot-controller) that takes the heading 谁在干活, a `not:` of that chapter, as another name, alone and
  // whole — by the miner before this session's work
  // (alias35: fewer — a heading that is a sentence or another name gives no alias: heading-shapes.ts headingNotAName)
  dev100: [[], []],
  // found when holdout106–108 moved in (rules34), all by the miner before this session's work: concepts that take a
  // name their chapter lists under `not:` — dev102's lab handout makes its bold rubrics 实验报告要求 and 实验环境
  // concepts; 摘标签隔离 (the selector chapter), requests (the glossary), Pod (next to the bundled content) and dev103's
  // volumes (the volume comparison, beside its heading 卷类型对比) through another of their names
  // (alias35: fewer — a heading that is a sentence or another name gives no alias: heading-shapes.ts headingNotAName)
  dev102: [['实验报告要求', '实验环境', 'requests'], ['实验报告要求', '实验环境', 'Pod', 'requests']],
  // (prec34: a letter-numbered heading is read as numbered, labels.ts LEADING_NUMBER, so next to the bundled content
  // the checklist's `## D. 卷` and `## E. 镜像` name the bundled Volumes and image, whose curated names 卷 and 镜像
  // that chapter lists under `not:` as headings)
  // (alias35: fewer — a heading that is a sentence or another name gives no alias: heading-shapes.ts headingNotAName)
  dev103: [[], ['image', 'Volumes']],
  // (rules43 removed dev107's bold question rubrics 疑问1 and 疑问2, `not:` of its reading notes on the three probes,
  // and dev124's audit finding 发现 F-01, which its step 1 had listed: a short Chinese word numbered as an item of a
  // series names no concept, label-rules.ts NUMBERED_RECORD)
  // found when holdout112–114 moved in (rules36), by the miner before this session's work: dev109's audit finding log
  // makes a concept of its bold step rubric 整改 (`**整改：** 给 kube-apiserver 加 …`, `not:` of that chapter), and the
  // Secret's labelled `data` field mined there carries a name that chapter lists under `not:`, alone and whole
  // (rules50 removed the bold 整改, a finding's remedy: labels.ts GENERIC_LABEL_WORDS)
  dev109: [['data'], ['data']],
  // found when holdout118–120 moved in (rules38), by the miner before this session's work: alone, dev115's Service
  // chapter's Service concept carries a name that chapter lists under `not:`; dev116's update-strategy chapter makes a
  // concept of its table's heading `## Quick Compare（速查）` (Quick Compare and 速查 are `not:` there), alone and whole
  // (rules38 removed dev116's: a gloss that is a rubric makes no glossed heading, label-rules.ts glossedHeading)
  dev115: [['Service'], []],
  // found when holdout130–132 moved in (rules44), by the miner at a6ced028 with the retrained weights: dev127's incident
  // record (and its draft) makes concepts of two bold steps of its fix list, `2. **宽限期拉长到 1800 秒：**` and `1. **入口改成
  // exec 形式：**` (`not:` of those chapters), alone and whole
  dev127: [
    ['宽限期拉长到 1800 秒', '入口改成 exec 形式', '宽限期拉长到 1800 秒', '入口改成 exec 形式'],
    ['宽限期拉长到 1800 秒', '入口改成 exec 形式', '宽限期拉长到 1800 秒', '入口改成 exec 形式'],
  ],
  // found when holdout133–135 moved in (rules45), by the miner at 60329e77 with the retrained weights: dev129's CKS
  // notes make concepts of their revision boxes' headings `## Checklist（考前过一遍）` (a glossed heading) and
  // `**考点 checklist：**` (bold-colon; chapter 02 alone, chapters 02 and 04 with its draft next to the bundled
  // content); dev130's upgrade postmortem makes concepts of its two bold options `**方案 A:kubectl convert 批量转换**` /
  // `**方案 B:手改 apiVersion**`, and its APF chapter of the heading `### debug 端点` (all `not:` there)
  dev129: [
    ['Checklist（考前过一遍）', '考点 checklist'],
    ['Checklist（考前过一遍）', '考点 checklist', '考点 checklist', '考点 checklist'],
  ],
  // (rubric46: fewer — `**方案 A：kubectl convert 批量转换**` names what follows its rubric, no new term: rubrics.ts)
  dev130: [['debug 端点'], ['debug 端点']],
  // found when holdout139–141 moved in (rules47), by the miner at 3b40e709 with the retrained weights: dev135's CKA
  // notes make concepts of their revision boxes (`## Checklist（考场上照着过一遍）`, `考前 checklist` next to the
  // bundled content), a `**另一个坑：**` aside and a numbered cause `3. kubelet 配置文件写错`; dev137's handbook of its
  // rule IDs `**R-02（禁止）**` / `**R-40（禁止）**` and a status word `生效中` (all `not:` there)
  dev135: [
    ['Checklist（考场上照着过一遍）', '另一个坑', '3 kubelet 配置文件写错'],
    ['Checklist（考场上照着过一遍）', '另一个坑', '考前 checklist', '考前 checklist', '3 kubelet 配置文件写错'],
  ],
  // (rules47: fewer — a rule's ID with its grade, `**R-02（禁止）**：`, is no name: label-rules.ts GRADED_RECORD)
  dev137: [['生效中'], ['生效中']],
  // found when holdout142–144 moved in (rules48), by the miner at c8834ec5 with the retrained weights: dev138's runbook
  // step `## 8. 回滚` (`not:`), next to the bundled content, read as the concept `Rollback`; dev139's `kubectl create job --from`
  // (a label) takes its section's heading `手动触发一次` (`not:`) as an alias (chapter and draft); dev140's heading
  // `## kubebuilder 这边` (a Latin name and a side word) and, next to the bundled content, `对应的 CR`
  dev138: [[], ['Rollback']],
  dev139: [['kubectl create job --from', 'kubectl create job --from'], []],
  dev140: [['kubebuilder 这边'], ['对应的 CR', 'kubebuilder 这边']],
  // found when holdout148–150 moved in (rules50), by the miner at 0d2fb0b8 with the retrained weights: dev144's defect
  // report's bold rubrics 严重程度 / 环境 / 原因分析 / 修复 made concepts (chapter and draft) and its debugging log's
  // `Pod 副本（--copy-to）` (a label) taking `--copy-to` (`not:`) as another name; dev145's bold 实际体会 (`not:`); dev146's
  // `sizeLimit` (a label) taking the diary's heading 今日问题 (`not:`) as another name, alone in its own chapter and,
  // next to the bundled content, in the five chapters that have the heading
  // (rules50: fewer — the parts of a defect report or a finding are generic labels: labels.ts GENERIC_LABEL_WORDS; not
  // 环境, which would take dev60's label 预览环境 as a generic head)
  dev144: [
    ['环境', '环境', 'Pod 副本（--copy-to）'],
    ['环境', '环境', 'Pod 副本（--copy-to）'],
  ],
  dev145: [['实际体会'], ['实际体会']],
  // (lead50, after merging mend50: none left in dev146 — the heading 今日问题 is no other name of sizeLimit any more,
  // mend50's named-later heading shape)
  dev146: [[], []],
  // found when holdout151–153 moved in (rules51), by the miner at aecbf432 with the retrained weights: dev147's pasted
  // group chat, whose bold speaker `**运维 D：**` (`not:`) became a term (chapter and draft; its other speakers are no
  // label's and not listed); dev149's `kubectl create token` (a label) taking the heading 手动签发令牌 (`not:`) as another
  // name, and `rules` (a label) taking the heading 规则匹配顺序 (`not:`)
  dev147: [['运维 D', '运维 D'], ['运维 D', '运维 D']],
  dev149: [['kubectl create token', 'rules'], ['kubectl create token', 'rules']],
};

/** Chapters each set has at least (dev4: four chapters and a draft copy). */
const MIN_CHAPTERS: Record<string, number> = { dev: 6, dev2: 6, dev3: 6, dev4: 5, dev5: 4, dev6: 3, dev7: 5, dev8: 3, dev9: 7, dev10: 7, dev11: 7, dev12: 6, dev13: 7, dev14: 7, dev15: 7, dev16: 7, dev17: 7, dev18: 7, dev19: 7, dev20: 7, dev21: 7, dev22: 7, dev23: 7, dev24: 7, dev25: 7, dev26: 7, dev27: 7, dev28: 7, dev29: 7, dev30: 7, dev31: 7, dev32: 7, dev33: 7, dev34: 7, dev35: 7, dev36: 7, dev37: 7, dev38: 7, dev39: 7, dev40: 7, dev41: 7, dev42: 7, dev43: 7, dev44: 7, dev45: 7, dev46: 7, dev47: 7, dev48: 7, dev49: 7, dev50: 7, dev51: 7, dev52: 7, dev53: 7, dev54: 7, dev55: 7, dev56: 7, dev57: 7, dev58: 7, dev59: 7, dev60: 7, dev61: 7, dev62: 7, dev63: 7, dev64: 7, dev65: 7, dev66: 7, dev67: 7, dev68: 7, dev69: 7, dev70: 7, dev71: 7, dev72: 7, dev73: 7, dev74: 7, dev75: 7, dev76: 7, dev77: 7, dev78: 7, dev79: 7, dev80: 7, dev81: 7, dev82: 7, dev83: 7, dev84: 7, dev85: 7, dev86: 7, dev87: 7, dev88: 7, dev89: 7, dev90: 7, dev91: 7, dev92: 7, dev93: 7, dev94: 7, dev95: 7, dev96: 7, dev97: 7, dev98: 7, dev99: 7, dev100: 7, dev101: 7, dev102: 7, dev103: 7, dev104: 7, dev105: 7, dev106: 7, dev107: 7, dev108: 7, dev109: 7, dev110: 7, dev111: 7, dev112: 7, dev113: 7, dev114: 7, dev115: 7, dev116: 7, dev117: 7, dev118: 7, dev119: 7, dev120: 7, dev121: 7, dev122: 7, dev123: 7, dev124: 7, dev125: 7, dev126: 7, dev127: 7, dev128: 7, dev129: 7, dev130: 7, dev131: 7, dev132: 7, dev133: 7, dev134: 7, dev135: 7, dev136: 7, dev137: 7, dev138: 7, dev139: 7, dev140: 7, dev141: 7, dev142: 7, dev143: 7, dev144: 7, dev145: 7, dev146: 7, dev147: 8, dev148: 7, dev149: 7 };

const atLeast = (t: Floor, floor: Floor) => {
  expect(t.precision).toBeGreaterThanOrEqual(floor.precision);
  expect(t.recall).toBeGreaterThanOrEqual(floor.recall);
  expect(t.typedPrecision).toBeGreaterThanOrEqual(floor.typedPrecision);
  expect(t.typedRecall).toBeGreaterThanOrEqual(floor.typedRecall);
};
const show = (f: Floor) => `P ≥ ${f.precision}, R ≥ ${f.recall}; typed P ≥ ${f.typedPrecision}, R ≥ ${f.typedRecall}`;

describe.each(Object.entries(FLOORS))('note miner on the labelled corpus %s', (set, [alone, whole]) => {
  const corpus = readCorpus(path.join(ROOT, 'tests/corpus/miner', set));

  it('has the corpus', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(MIN_CHAPTERS[set]!);
  });

  it(`each chapter alone: ${show(alone)}`, async () => {
    const scores = [];
    for (const c of corpus) {
      const dir = await contentDir({});
      await mkdir(path.join(dir, 'notes'));
      await cp(c.file, path.join(dir, 'notes', c.chapter));
      const g = await loadGraph(dir, { layout: false });
      scores.push(scoreChapter(definedBy(g, `notes/${c.chapter}`), c.labels));
    }
    atLeast(totals(scores), alone);
    expect(scores.flatMap((s) => s.notViolations)).toEqual(KNOWN_NOT_VIOLATIONS[set]?.[0] ?? []);
  });

  it(`all chapters next to the bundled content: ${show(whole)}`, async () => {
    const dir = await contentDir({});
    await cp(path.join(ROOT, 'content'), dir, { recursive: true });
    await mkdir(path.join(dir, 'notes', 'corpus'), { recursive: true });
    for (const c of corpus) await cp(c.file, path.join(dir, 'notes', 'corpus', c.chapter));
    const g = await loadGraph(dir, { layout: false });
    const scores = corpus.map((c) => scoreChapter(definedBy(g, `notes/corpus/${c.chapter}`), c.labels));
    atLeast(totals(scores), whole);
    expect(scores.flatMap((s) => s.notViolations)).toEqual(KNOWN_NOT_VIOLATIONS[set]?.[1] ?? []);
    // nothing mined is left without an edge
    const linked = new Set(g.edges.flatMap((e) => [e.from, e.to]));
    expect(g.concepts.filter((c) => !linked.has(c.id)).map((c) => c.id)).toEqual([]);
  });
});

describe('the bundled chapter alone in notes/ (the issue\'s acceptance)', () => {
  it('gives Pod, its fields with paths, its five phases as states, edges for all, nothing generic', async () => {
    const dir = await contentDir({});
    await mkdir(path.join(dir, 'notes'));
    const file = 'Pod 进阶：字段与生命周期.md';
    await cp(path.join(ROOT, 'content/notes', file), path.join(dir, 'notes', file));
    const g = await loadGraph(dir);
    const by = (id: string) => g.concepts.find((c) => c.id === id);
    expect(by('pod')).toMatchObject({ kind: 'object', title: 'Pod' });
    expect(g.notes![0]!.home).toBe('pod');
    for (const [id, fieldPath] of [
      ['host-aliases', 'spec.hostAliases'],
      ['share-process-namespace', 'spec.shareProcessNamespace'],
      ['host-network', 'spec.hostNetwork'],
      ['host-ipc', 'spec.hostIPC'],
      ['host-pid', 'spec.hostPID'],
      ['image-pull-policy', 'spec.containers[].imagePullPolicy'],
      ['post-start', 'spec.containers[].lifecycle.postStart'],
      ['pre-stop', 'spec.containers[].lifecycle.preStop'],
    ]) {
      expect(by(id!), id).toMatchObject({ kind: 'field', fieldPath });
      // under Pod, through the field that holds it when the note has that one (`lifecycle`)
      expect(by(id!)!.ancestors, id).toContain('pod');
      const parent = by(by(id!)!.parent!)!;
      expect(parent.id === 'pod' || (parent.kind === 'field' && fieldPath!.startsWith(`${parent.fieldPath!}`)), id).toBe(true);
    }
    expect(by('post-start')!.parent).toBe('lifecycle');
    expect(by('host-network')!.parent).toBe('pod');
    const states = g.concepts.filter((c) => c.kind === 'state').map((c) => c.title).sort();
    expect(states).toEqual(['Failed', 'Pending', 'Running', 'Succeeded', 'Unknown']);
    // the hostNetwork/hostIPC/hostPID example attaches to the three fields it sets
    const ex = g.examples.find((e) => e.code.includes('name: node-agent'))!;
    expect(ex.conceptIds).toEqual(expect.arrayContaining(['host-network', 'host-ipc', 'host-pid']));
    const linked = new Set(g.edges.flatMap((e) => [e.from, e.to]));
    expect(g.concepts.filter((c) => !linked.has(c.id)).map((c) => c.id)).toEqual([]);
    for (const c of g.concepts) {
      expect(c.title).not.toMatch(/[，。？?]|=|^(WHY|WHAT|注意|实际工作中|记忆方法)$/);
    }
    expect(g.diagnostics.filter((d) => d.code === 'yaml-missing-field')).toEqual([]);
  });
});
