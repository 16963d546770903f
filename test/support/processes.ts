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

/** Chromium's own processes under `root`: the browser (no --type) and its helpers. */
export const chromiums = (root: number) => descendants(root).filter((p) => /chrom/i.test(p.cmdline.split(' ')[0] ?? ''));
export const browserProcess = (p: Proc) => !p.cmdline.includes('--type=');
