/**
 * Memory of a process tree, from /proc (Linux): the resident set of a process
 * and all its descendants, split into browser processes (Chromium) and the
 * rest (node, pandoc, …), sampled until the root exits.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;
const BROWSER = /^(chromium|chrome|headless_shell)/u;

/** A process's children, from every thread's children file (no scan of all of /proc). */
function children(pid) {
  const out = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      for (const c of readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ')) if (c) out.push(Number(c));
    }
  } catch {
    // The process ended between listing and reading.
  }
  return out;
}

/**
 * Bytes resident now in the tree under `root`, browser and other.
 * @param {number} root
 * @returns {{ browser: number, other: number }}
 */
export function treeRss(root) {
  const sum = { browser: 0, other: 0 };
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const rss = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[21]) * PAGE;
      sum[BROWSER.test(name) ? 'browser' : 'other'] += rss;
    } catch {
      continue;
    }
    stack.push(...children(pid));
  }
  return sum;
}

/**
 * Samples the tree under `pid` every `ms` until `stop()`: the peaks of the
 * browser processes together, of the rest, and of their sum at one instant.
 * @param {number} pid
 * @param {number} [ms]
 */
export function sampleTree(pid, ms = 50) {
  const peak = { browser: 0, other: 0, total: 0, samples: 0 };
  const sample = () => {
    const now = treeRss(pid);
    if (now.browser + now.other === 0) return;
    peak.samples++;
    peak.browser = Math.max(peak.browser, now.browser);
    peak.other = Math.max(peak.other, now.other);
    peak.total = Math.max(peak.total, now.browser + now.other);
  };
  sample();
  const timer = setInterval(sample, ms);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
