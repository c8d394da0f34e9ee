// census: `name（gloss）` right after a labelled concept's name, by kind: gloss in also (an alias) or not
import fs from 'node:fs'; import path from 'node:path'; import YAML from 'yaml';
const root='tests/corpus/miner'; const stat={}; const ex={};
const esc=(s)=>s.replace(/[.*+?^${}()|[\]\\]/g,'\\$&');
for (const d of fs.readdirSync(root).filter(d=>/^dev/.test(d))) for (const f of fs.readdirSync(path.join(root,d)).filter(f=>f.endsWith('.labels.yaml'))) {
  const y=YAML.parse(fs.readFileSync(path.join(root,d,f),'utf8'));
  const md=fs.readFileSync(path.join(root,d,y.chapter),'utf8');
  for (const c of y.concepts||[]) {
    const also=new Set((c.also||[]).map(String));
    const names=[c.name, ...(c.kind==='field'?[]:[])];
    for (const n of names) {
      const re=new RegExp(`(?<=^[ \\t]*(?:[-*+]|\\d+[.)]|#{1,6})?[ \\t]*(?:\\*\\*)?)\`?${esc(String(n))}\`?\\*{0,2}\\s*[（(]([^（）()\\n]{1,30})[）)]`,'gmu');
      for (const m of md.matchAll(re)) {
        const parts=m[1].split(/[，,、;；/]/).map(s=>s.trim()).filter(Boolean);
        for (const g of parts) {
          const cjk=/[\u4e00-\u9fff]/.test(g);
          const k=`${c.kind} ${cjk?'zh':'latin'} ${also.has(g)?'in-also':'not-also'}`;
          stat[k]=(stat[k]||0)+1; (ex[k]??=[]).push(`${d}: ${n}（${g}）`);
        }
      }
    }
  }
}
for (const k of Object.keys(stat).sort()) console.log(k.padEnd(28), stat[k], ex[k].join(' | '));
