/** The process tree under a process, read from /proc (Linux): for fault tests that stop or kill Chromium. */
import { readdirSync, readFileSync } from 'node:fs';

export interface Proc {
  pid: number;
  cmdline: string;
}

/** Every live descendant of `root`. */
export function descendants(root: number): Proc[] {
  const children = new Map<number, number[]>();
  for (const d of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const out: Proc[] = [];
  const stack = [...(children.get(root) ?? [])];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      out.push({ pid, cmdline: readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ') });
    } catch {
      continue;
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** Chromium's own processes under `root`: the browser, its helpers and its crash handler. */
export const chromiums = (root: number) => descendants(root).filter((p) => /chrom/i.test(p.cmdline.split(' ')[0] ?? ''));
/** The browser process itself: the chromium executable without --type (the crash handler, chrome_crashpad_handler, has none either). */
export const browserProcess = (p: Proc) => /\/chrom(e|ium)$/.test(p.cmdline.split(' ')[0] ?? '') && !p.cmdline.includes('--type=');
/** Whether this browser process already runs a page: a renderer among its own descendants, not a dying predecessor's. */
export const rendering = (browser: Proc) => descendants(browser.pid).some((p) => p.cmdline.includes('--type=renderer'));
