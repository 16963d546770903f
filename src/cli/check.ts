/**
 * `huozi check <inputs…>`: prints what was recognised in each transcript
 * (src/check.ts), as text or, with `--json`, as data. Builds nothing.
 */
import type { Command } from 'commander';
import { check, formatCheck } from '../check.js';

export function registerCheck(cli: Command, log: (line: string) => void): void {
  cli
    .command('check')
    .description('show what huozi recognised in transcripts (metadata and where it came from, outline, speakers and roles, repairs, warnings); builds nothing')
    .argument('<input...>', 'transcript files (.txt, .md, .srt, .vtt)')
    .option('--json', 'print the report as JSON')
    .option('--encoding <label>', 'input encoding; detected when absent')
    .action((inputs: string[], flags: { json?: boolean; encoding?: string }) => {
      const reports = check(inputs, flags.encoding ? { encoding: flags.encoding } : {});
      log(flags.json ? JSON.stringify(reports, null, 2) : reports.map(formatCheck).join('\n\n'));
    });
}
