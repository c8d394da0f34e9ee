/** CPU time of this process (user + system) in ms, and a timer that adds each named call's CPU time to `t`. Shared by page-views.ts and views-ab.ts. */
export const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export function cpuTimer(t: Record<string, number>): <T>(name: string, f: () => T) => T {
  return <T>(name: string, f: () => T): T => {
    const c0 = cpu();
    const v = f();
    t[name] = (t[name] ?? 0) + cpu() - c0;
    return v;
  };
}
