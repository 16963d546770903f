/**
 * Checks a theme's Handlebars file before anything renders, so that a
 * broken theme is one line naming the file and line, never a stack trace or
 * half an edition: it must parse; every helper it calls and every partial it
 * names must exist; and it may print unescaped (`{{{x}}}`, `{{&x}}`) only
 * what the built-in templates print unescaped — values huozi itself made
 * markup (the stylesheet, JSON-LD). Transcript text reaches a template only
 * as data: Handlebars never evaluates a value as template code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { ExitCode, HuoziError } from '../errors.js';
import { projectPath } from '../paths.js';
import { shownPath } from './theme.js';

/** What a template may refer to. */
export interface KnownNames {
  helpers: ReadonlySet<string>;
  partials: ReadonlySet<string>;
}

interface Node {
  type?: string;
  loc?: { start: { line: number } };
  [key: string]: unknown;
}

/** `file:line` and the problem, as a usage error (exit 2). */
export function templateError(file: string, line: number | undefined, problem: string): HuoziError {
  return new HuoziError(problem, ExitCode.usage, `${shownPath(file)}${line ? `:${line}` : ''}`);
}

/**
 * Parses `source` (the text of theme file `file`, absolute) and checks it
 * against `known`. Returns nothing; throws `templateError` on the first problem.
 */
export function checkTemplate(source: string, file: string, known: KnownNames): void {
  let ast: Node;
  try {
    ast = Handlebars.parse(source) as unknown as Node;
  } catch (e) {
    throw templateError(file, syntaxLine(e), `Handlebars syntax error: ${syntaxProblem(e)}`);
  }
  // `{{#*inline "name"}}` defines a partial for this file alone.
  const inline = new Set<string>();
  walk(ast, (node) => {
    if (node.type === 'DecoratorBlock' && (node.path as Node).original === 'inline') inline.add(String((node.params as Node[])[0]?.value));
  });
  walk(ast, (node) => {
    const line = node.loc?.start.line;
    const path = node.path as Node | undefined;
    const name = path?.type === 'PathExpression' && (path.parts as string[]).length === 1 && !path.data ? String(path.original) : undefined;
    const calls = ((node.params as unknown[] | undefined)?.length ?? 0) > 0 || node.hash !== undefined;
    if ((node.type === 'MustacheStatement' || node.type === 'BlockStatement' || node.type === 'SubExpression') && name && calls && !known.helpers.has(name)) {
      throw templateError(file, line, `unknown helper "${name}" (the helpers are ${[...known.helpers].filter((h) => !h.endsWith('Missing')).sort().join(', ')})`);
    }
    if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') {
      const partial = node.name as Node;
      if (partial.type === 'PathExpression' && !partial.data && !known.partials.has(String(partial.original)) && !inline.has(String(partial.original))) {
        throw templateError(file, line, `no partial "${String(partial.original)}" (a theme's partials go in templates/partials/<name>.hbs)`);
      }
    }
    if (node.type === 'MustacheStatement' && node.escaped === false && !builtInUnescaped().has(String(path?.original))) {
      throw templateError(file, line, `{{{${String(path?.original)}}}} prints its value unescaped: only huozi's own markup (${[...builtInUnescaped()].join(', ')}) may be; write {{${String(path?.original)}}}`);
    }
  });
}

function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) for (const child of node) walk(child, visit);
  else if (node && typeof node === 'object') {
    if (typeof (node as Node).type === 'string') visit(node as Node);
    for (const [key, value] of Object.entries(node)) if (key !== 'loc') walk(value, visit);
  }
}

let unescaped: Set<string> | undefined;
/** The paths the built-in templates print with `{{{ }}}`. */
function builtInUnescaped(): Set<string> {
  if (unescaped) return unescaped;
  unescaped = new Set();
  const dir = projectPath('templates');
  for (const rel of readdirSync(dir, { recursive: true }) as string[]) {
    if (!rel.endsWith('.hbs')) continue;
    walk(Handlebars.parse(readFileSync(join(dir, rel), 'utf8')), (node) => {
      if (node.type === 'MustacheStatement' && node.escaped === false) unescaped!.add(String((node.path as Node).original));
    });
  }
  return unescaped;
}

/** The line of a Handlebars parse error: `Parse error on line 3:` or an exception's `lineNumber`. */
function syntaxLine(e: unknown): number | undefined {
  const error = e as { lineNumber?: number; message?: string };
  return error.lineNumber ?? (Number(/on line (\d+)/.exec(error.message ?? '')?.[1]) || undefined);
}

/** The parser's last line (`Expecting 'ID', got 'EOF'`), or an exception's message without its position. */
function syntaxProblem(e: unknown): string {
  const lines = String((e as Error)?.message ?? e).split('\n');
  return lines.at(-1)!.replace(/ - \d+:\d+$/, '').replace(/'EOF'/, 'the end of the file');
}
