/**
 * Peak resident memory of a process group's app server (the production server `npm start` runs,
 * scripts/server/production-server.ts, or plain `next start`), sampled from /proc while a load
 * runs; npm, tsx and the start script that launched it are not counted.
 */
import { readdirSync, readFileSync } from "node:fs";

function nextServerRssKb(groupId: number): number {
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name in parentheses: state, ppid, pgrp, ...
      const pgrp = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
      if (pgrp !== groupId) continue;
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8");
      if (!/production-server\.ts|next-server|next[/\\]dist[/\\]bin[/\\]next|\bnext\0start/.test(cmdline)) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, "utf8"));
      total += Number(rss?.[1] ?? 0);
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

export function sampleMemory(groupId: number, everyMs = 500) {
  let peakKb = nextServerRssKb(groupId);
  const timer = setInterval(() => {
    peakKb = Math.max(peakKb, nextServerRssKb(groupId));
  }, everyMs);
  return {
    currentMb: () => Math.round(nextServerRssKb(groupId) / 1024),
    stop: () => {
      clearInterval(timer);
      return Math.round(peakKb / 1024);
    },
  };
}
