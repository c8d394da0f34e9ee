// census: short Chinese headings (2–4 CJK characters, nothing else) in the dev chapters, by how the labels treat them
import fs from 'node:fs'; import path from 'node:path'; import YAML from 'yaml';
const root='tests/corpus/miner'; const stat={concept:0, also:0, not:0, neutral:0}; const ex={concept:[],also:[],not:[],neutral:[]};
for (const d of fs.readdirSync(root).filter(d=>/^dev/.test(d))) for (const f of fs.readdirSync(path.join(root,d)).filter(f=>f.endsWith('.labels.yaml'))) {
  const y=YAML.parse(fs.readFileSync(path.join(root,d,f),'utf8'));
  const md=fs.readFileSync(path.join(root,d,y.chapter),'utf8');
  const names=new Set((y.concepts||[]).map(c=>String(c.name))); const also=new Set((y.concepts||[]).flatMap(c=>(c.also||[]).map(String)));
  const nots=new Set((y.not||[]).map(String));
  for (const m of md.matchAll(/^#{2,4}\s+(?:[一二三四五六七八九十\d]+[、.．]\s*)?([\u4e00-\u9fff]{2,4})\s*$/gmu)) {
    const h=m[1]; const k=names.has(h)?'concept':also.has(h)?'also':nots.has(h)?'not':'neutral';
    stat[k]++; ex[k].push(h);
  }
}
console.log(stat);
for (const k of Object.keys(ex)) { const c={}; for (const h of ex[k]) c[h]=(c[h]||0)+1; console.log(k, Object.entries(c).sort((a,b)=>b[1]-a[1]).slice(0,60).map(([h,n])=>n>1?`${h}×${n}`:h).join(' ')); }
