#!/usr/bin/env node
/**
 * fp42: the criteria "this sentence does not define X" counted over a bench's outcomes (docs/miner.md "fp42"):
 *   node bench/passing-names42.mjs OUTCOMES.jsonl RULE[,RULE…] [CRITERION]
 * For each criterion, the concepts whose every evidence is one of RULES and whose first line meets it:
 * fp / dup / found / wrong type removed, and the sets. With CRITERION, its cases (never dev39–dev44). Exploratory:
 * the subject is found by its first spelling in the line, so the counts are approximate. For measuring only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseWhy, OUT_OF_SAMPLE } from './lib/miner-rules.mjs';
const ROOT=path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { englishWord } = await import(path.join(ROOT, 'src/graph/miner/english-words.ts'));
const args=process.argv.slice(2);
const file=args[0]; const rules=new Set(args[1].split(',')); const show=args[2];
const cache=new Map();
const lines=(s,c)=>{const f=path.join(ROOT,'tests/corpus/miner',s,c); if(!cache.has(f)) cache.set(f, readFileSync(f,'utf8').split('\n')); return cache.get(f);};
const END=/[，,。；;！!？?]/u;
function locate(line, title){
  const t=title.replace(/（.*$/,'').replace(/\s*\(.*$/,'').trim();
  const cands=[]; let i=-1;
  while((i=line.indexOf(t,i+1))>=0) cands.push(i);
  if(!cands.length){ const j=line.toLowerCase().indexOf(t.toLowerCase()); if(j>=0) cands.push(j); }
  for(const c of cands){ let after=line.slice(c+t.length).replace(/^`/,'').replace(/^（[^）]*）|^\([^)]*\)/,'').replace(/^\s*/,'');
    if(/^(?:在这里|这里)?\s*(?:其实|本身|本质上|实际上|说白了|则|便|也就|一直|还|都|也)?\s*[，,]?\s*(?:就是|也就是|指的是|是指|是|指|属于|代表|描述|表示)/u.test(after)) return {at:c, t, after, before: line.slice(0,c)};
  }
  if(!cands.length) return undefined;
  const c=cands[0]; return {at:c,t,after:line.slice(c+t.length).replace(/^`/,'').replace(/^（[^）]*）/,'').trim(), before: line.slice(0,c)};
}
const COP=/^(?:在这里|这里)?\s*(?:其实|本身|本质上|实际上|说白了|则|便|也就|一直|还|都|也)?\s*[，,]?\s*(?:就是|也就是|指的是|是指|是|指|属于|代表|描述|表示)\s*/u;
export const CRIT = {
  shide: (x)=> { const m=COP.exec(x.after); if(!m) return false; const rest=x.after.slice(m[0].length); const cl=rest.split(/[，,。；;！!？?：:]/u)[0]; return /的\s*$/u.test(cl) && !/^(?:一种|一个|一类)/.test(cl); },
  value: (x)=> { const m=COP.exec(x.after); if(!m) return false; const rest=x.after.slice(m[0].length); return /^(?:`[^`]*`|"[^"]*"|[\d.]+[A-Za-z%]*|true|false|True|False|None|空的?|[A-Z][A-Z_]+|latest)\s*(?:[，,。；;！!？?、（(]|$)/u.test(rest); },
  question: (x)=> { const s=x.after.split(/[。！!\n]/u)[0]; return /[？?]/.test(s) && !/[，,；;]/.test(s.split(/[？?]/)[0].slice(0,0)) ; },
  condition: (x)=> { const cl=x.before.split(/[。；;！!？?]/u).pop(); return /(?:如果|假如|要是|若|的话|的时候|时[，,]|否则|不然)/u.test(cl); },
  evaluative: (x)=> { const m=COP.exec(x.after); if(!m) return false; const rest=x.after.slice(m[0].length); return /^(?:唯一|最[^\s]|默认值|默认的|基准|前提|关键|重点|核心|必须|必需|可选|推荐|首选|正常的|对的|错的|好的|坏的)/u.test(rest); },
  genitive: (x)=> /的\s*`?$/u.test(x.before),
  preposition: (x)=> /(?:[在把被给对跟和与从向用比]|相比|和|而)\s*`?$/u.test(x.before),
  comparison: (x)=> { const cl=x.before.split(/[，,。；;！!？?]/u).pop(); return /(?:比|不同|不一样|相比|对比|区别)/u.test(cl) || /^(?:[^，。；]*?)(?:更|比)/.test('') ; },
  locAfter: (x)=> /^`?\s*(?:里面|里头|里|之中|中)/u.test(x.after),
  locBefore: (x)=> /(?:在|到|进|挂|挂上|放在|写在|写到|加到|塞到|存在|指向)\s*`?$/u.test(x.before),
  objList: (x)=> /(?:不支持|支持|包括|包含|比如|例如|像|有)\s*`?$/u.test(x.before),
  deOf: (x)=> /^`?\s*的(?!\s*(?:意思|含义|作用|用途|职责|功能|任务|目的|设计|原理|核心|本质|思路))/u.test(x.after),
  locFrame: (x)=> /^`?\s*(?:里面|里头|里|之中|中)/u.test(x.after) && /(?:在|到)[^，,。；;：:！!？?]{0,12}$/u.test(x.before),
  relValue: (x)=> { const m=COP.exec(x.after); if(!m) return false; const rest=x.after.slice(m[0].length); return /^(?:`[^`]+`|[\d.]+[A-Za-z%]*|[a-z][a-z0-9-]*|[A-Z][A-Za-z]+)(?:\s*(?:或者?|和|、|\/)\s*(?:`[^`]+`|[\d.]+[A-Za-z%]*|[A-Z][A-Za-z]+))*\s*的\s*(?!一|个|种)[\u4e00-\u9fffA-Za-z]/u.test(rest); },
  cmpFrame: (x)=> /(?:跟|和|与|同)\s*`?X`?\s*(?:不同|不一样|很不一样|有区别|对比|相比|比)/u.test(x.before.split(/[。！!？?]/u).pop().replace(new RegExp(x.t.replace(/[.*+?^${}()|[\]\\]/g,'\\$&'),'gi'),'X')),
  condFrame: (x)=> /(?:的时候|时|的话|之后|以后)\s*[，,]\s*`?$/u.test(x.before),
  english: (x,r)=> /^[a-z]+$/.test(r.title) && englishWord(r.title),
  list: (x)=> /[、]\s*`?$/u.test(x.before) || /^`?\s*[、]/.test(x.after) || /^(?:和|与|及)/.test(x.after),
};
const tally={}; const out=[];
for (const l of readFileSync(file,'utf8').trim().split('\n')) {
  const r=JSON.parse(l); if(r.outcome==='neutral') continue;
  const w=parseWhy(r.why); if(!w.length||!rules.has(w[0].rule)) continue;
  const only = w.every(e=>rules.has(e.rule)) ;
  const ln=lines(r.set,r.chapter)[w[0].line-1]??'';
  const x=locate(ln,r.title); if(!x) continue;
  for (const [k,f] of Object.entries(CRIT)) { if(!f(x,r)) continue;
    const t=tally[k]??={fp:0,dup:0,found:0,wt:0,sets:new Set(),fsets:new Set(), multi:0};
    if(!only){t.multi++; continue;}
    if(r.outcome==='fp'){t.fp++;t.sets.add(r.set);} else if(r.outcome==='dup') t.dup++; else { t[r.outcome==='found'?'found':'wt']++; t.fsets.add(r.set);} 
    if(show===k && !OUT_OF_SAMPLE.has(r.set)) out.push(`${r.set}\t${r.outcome}\t${w[0].rule}\t${r.title}\t${x.before.slice(-30)}【${x.t}】${x.after.slice(0,60)}`);
  }
}
for (const [k,t] of Object.entries(tally)) console.log(k, 'fp',t.fp,'dup',t.dup,'found',t.found,'wt',t.wt,'fpsets',t.sets.size,'lostsets',t.fsets.size,'multi(skipped)',t.multi);
if(show) console.log(out.join('\n'));
