import { openConversation, thursdayMorning } from './test/conversation/harness.ts';
const words = ['bin','council','tax','street','garden','parking','permit','repair','flat','noise','waste','housing','benefit','rent'];
const mk=(n:number)=>{let s=''; while (s.length<n) s+=words[Math.floor(Math.random()*words.length)]; return s;};
const c = await openConversation({ now: thursdayMorning });
await c.say('hello'); await c.say(mk(3000));
for (const n of [20, 1000, 2000, 5000, 9000, 1000, 9000]) {
  const t = mk(n); const t0=performance.now(); const cpu=process.cpuUsage(); await c.say(t); const u=process.cpuUsage(cpu);
  console.log(n, (performance.now()-t0).toFixed(0),'ms wall', ((u.user+u.system)/1000).toFixed(0), 'ms cpu');
}
