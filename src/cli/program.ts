/**
 * The command line: a thin shell over `build()`. Every option maps to a key
 * of the build options schema (config/schema.ts), which validates them.
 */
import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { build } from '../build.js';
import { FORMATS, MARKS, PAPERS } from '../config/schema.js';
import { projectPath } from '../paths.js';
import { registerCheck } from './check.js';

const version = (JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { version: string }).version;

export function program(log: (line: string) => void): Command {
  const cli = new Command('huozi')
    .description('活字 huozi: a Chinese press transcript → print PDF, EPUB 3 and an HTML special-report page')
    .version(version, '-V, --version')
    .showHelpAfterError(false)
    .exitOverride();

  cli
    .command('build')
    .description('build editions of one or more transcripts (the built-in example when none is given)')
    .argument('[input...]', 'transcript files (.txt or .md)')
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('-f, --formats <list>', `comma-separated editions: ${FORMATS.join(',')}`, FORMATS.join(','))
    .option('--encoding <label>', 'input encoding (utf-8, utf-16le, utf-16be, gb18030, gbk, big5); detected when absent')
    .addOption(new Option('--paper <size>', `PDF trim size: ${PAPERS.join(', ')} or WxH in mm`).default('a5'))
    .option('--topic-page-break', 'start each topic on a new PDF page')
    .option('--bleed <mm>', 'PDF bleed on each side, e.g. 3mm (default: none)')
    .option('--marks <list>', `printer's marks outside the bleed: ${MARKS.join(',')}`)
    .option('--no-epub-fonts', 'embed no fonts in the EPUB: reading systems use their own')
    .option('--region <XX>', 'region for the language tag, e.g. TW → zh-Hant-TW')
    .option('--title <text>', 'title when the document states none')
    .option('--author <text>', 'author when the document states none')
    .option('--publisher <text>', 'publisher when the document states none')
    .option('--date <YYYY-MM-DD>', 'date when the document states none')
    .option('--identifier <id>', 'book identifier (default: derived from title and date)')
    .option('--canonical-url <url>', 'canonical URL of the HTML page')
    .action(async (inputs: string[], flags: Record<string, string | boolean | undefined>) => {
      const { formats, topicPageBreak, marks, ...rest } = flags;
      const result = await build(inputs, {
        ...rest,
        formats: String(formats).split(',').map((f) => f.trim()).filter(Boolean) as Array<(typeof FORMATS)[number]>,
        topicPageBreak: Boolean(topicPageBreak),
        ...(typeof marks === 'string' ? { marks: marks.split(',').map((m) => m.trim()).filter(Boolean) as Array<(typeof MARKS)[number]> } : {}),
      });
      for (const w of result.warnings) log(`warning: ${w.file}: ${w.message}`);
      for (const line of summarise(result.written)) log(line);
    });
  registerCheck(cli, log);
  return cli;
}

/** One line per edition; an assets folder is one line with its file count. */
function summarise(written: string[]): string[] {
  const folders = new Map<string, number>();
  const lines: string[] = [];
  for (const path of written) {
    const folder = /^(.*\.assets)\//.exec(path)?.[1];
    if (folder) folders.set(folder, (folders.get(folder) ?? 0) + 1);
    else lines.push(`wrote ${path}`);
  }
  for (const [folder, n] of folders) lines.push(`wrote ${folder}/ (${n} files)`);
  return lines;
}
