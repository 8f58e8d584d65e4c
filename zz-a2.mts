import { assessSafety } from './src/triage/safety.ts';
const words = ['bin','council','tax','street','garden','parking','permit','repair','flat','noise','waste','housing','benefit','rent'];
let s=''; while (s.length<9000) s+=words[Math.floor(Math.random()*words.length)];
let r=''; const al='abcdefghijklmnopqrstuvwxyz'; while (r.length<9000) r+=al[Math.floor(Math.random()*26)];
const d=['there','is','a','fire','in','my','flat','help','smell','gas','kill','myself','bin','council'];
let m=''; while (m.length<5000) m+=d[Math.floor(Math.random()*d.length)];
for (const [name,t] of [['council',s],['random',r],['danger',m],['council1k',s.slice(0,1000)],['danger1k',m.slice(0,1000)]] as const) {
  assessSafety(t);
  const t0=performance.now(); for(let i=0;i<5;i++) assessSafety(t+i); console.log(name, ((performance.now()-t0)/5).toFixed(1),'ms');
}
