/**
 * fix28: a cluster component glossed by its Chinese role (`调度器（kube-scheduler）负责…`,
 * `控制器管理器（kube-controller-manager）`) is that component: the concept is titled by the
 * component's own name, and the Chinese word (a role every scheduler or proxy shares) is its
 * other name (issue 12 item 1: the right name and aliases). Data: which names are components
 * (`COMPONENT_NAMES`: rules22's `CLUSTER_COMPONENTS`, the add-ons every chapter names, and the
 * `kube-…` spelling). A term named in Latin letters keeps its title.
 */
import { CLUSTER_COMPONENTS } from './label-rules.ts';
import { normKey } from '../labels.ts';

export const COMPONENT_NAMES = {
  /** Add-ons a cluster runs that notes explain by role (normKey form is taken when read). */
  addOns: ['metrics-server', 'coredns', 'kube-dns', 'ingress-nginx', 'cluster-autoscaler', 'kube-state-metrics'] as readonly string[],
  /** The spelling of a control-plane or node component. */
  spelt: /^kube-[a-z]+(?:-[a-z]+)*$/,
  /** A Chinese role word standing before the gloss. */
  role: /^[\u4e00-\u9fff]{2,8}$/u,
} as const;

const ADD_ONS = new Set(COMPONENT_NAMES.addOns.map((n) => normKey(n)));

/** Whether `name` is a cluster component's or add-on's name. */
export function isComponent(name: string): boolean {
  const n = name.trim();
  return CLUSTER_COMPONENTS.has(normKey(n)) || ADD_ONS.has(normKey(n)) || COMPONENT_NAMES.spelt.test(n);
}

/** The component a Chinese term title is glossed with, when one of `glosses` names one. */
export function glossedComponent(title: string, glosses: readonly string[]): string | undefined {
  if (!COMPONENT_NAMES.role.test(title.trim())) return undefined;
  return glosses.map((g) => g.trim()).find((g) => /^[A-Za-z]/.test(g) && isComponent(g));
}
