/**
 * The benchmark's Markdown tables from its JSON results (bench/run.mjs), and
 * the comparison of one run with the run before.
 */

const s = (x) => (x === undefined ? '–' : x < 10 ? `${x.toFixed(2)} s` : `${x.toFixed(1)} s`);
const gb = (bytes) => (bytes === undefined ? '–' : `${(bytes / 2 ** 30).toFixed(2)} GB`);
const mb = (bytes) => (bytes === undefined ? '–' : bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`);
const ratio = (a, b) => (a === undefined || b === undefined || b === 0 ? '–' : `${(a / b).toFixed(2)} ×`);
const row = (cells) => `| ${cells.join(' | ')} |`;
const head = (cells) => [row(cells), row(cells.map(() => '---'))];
const label = (input) => `${input.name} (${mb(input.bytes)}, ${input.topics} topics)`;

/** The builds whose own timings are shown, and how the table names them. */
const BUILDS = [
  ['huozi-all', 'all three, cold'],
  ['huozi-pdf', 'PDF, cold'],
  ['huozi-warm', 'all three, warm'],
];
/** The timings' columns: a name and the flat keys (bench/run.mjs) it sums. */
const STEP_COLUMNS = [
  ['read + parse', ['stages.read', 'stages.parse']],
  ['typeset', ['steps.typeset']],
  ['fonts', ['steps.fonts']],
  ['launch', ['steps.launch']],
  ['page load', ['steps.page-load']],
  ['page composition', ['steps.page-composition']],
  ['measuring print', ['steps.measuring-print']],
  ['main print', ['steps.main-print']],
  ['stamp', ['steps.stamp']],
  ['PDF finish', ['steps.pdf-finish']],
  ['EPUB zip', ['steps.epub-package']],
  ['fidelity check', ['stages.fidelity']],
  ['write', ['stages.write']],
];

/** Seconds of a job, or a short mark when it did not run (its reason goes under the table). */
function time(input, id, notes) {
  const job = input.jobs[id];
  if (!job) return '–';
  if (job.error) {
    notes.push(`${job.tool} ${job.work}, ${input.name}: ${job.error}`);
    return `not run (${notes.length})`;
  }
  return s(job.seconds);
}

/**
 * All tables of a run.
 * @param {any} r the results object written to latest.json
 */
export function tables(r) {
  const notes = [];
  const secs = (input, id) => input.jobs[id]?.seconds;
  const lines = [
    `Run ${r.date} at ${r.commit ?? '?'}; ${r.machine.cores} cores, load average ${r.machine.loadBefore.toFixed(1)} before, ${r.machine.loadDuring ?? '?'} during (median), ${r.machine.loadAfter.toFixed(1)} after.`,
    `Node ${r.versions.node}, Chromium ${r.versions.chromium ?? '?'}, ${r.versions.pandoc ?? 'no pandoc'}, pagedjs-cli ${r.versions.pagedjs ?? '–'}, ${r.versions.typst ?? 'no Typst'}.`,
    ...(r.note ? [r.note] : []),
    '',
    'Wall time, median of the runs (cold processes; warm build() = a second build in one process):',
    '',
    ...head(['input', 'runs', 'huozi all three', 'huozi PDF', 'huozi EPUB', 'huozi HTML', 'warm build() all / HTML', 'pandoc EPUB / HTML', 'Paged.js PDF', 'Typst PDF', 'bare print']),
    ...r.inputs.map((i) => {
      const warm = i.jobs['huozi-warm'];
      return row([
        label(i),
        i.runs,
        time(i, 'huozi-all', notes),
        time(i, 'huozi-pdf', notes),
        time(i, 'huozi-epub', notes),
        time(i, 'huozi-html', notes),
        warm?.warm ? `${s(warm.warm.all)} / ${s(warm.warm.html)}` : time(i, 'huozi-warm', notes),
        `${time(i, 'pandoc-epub', notes)} / ${time(i, 'pandoc-html', notes)}`,
        time(i, 'pagedjs', notes),
        time(i, 'typst', notes),
        time(i, 'bare', notes),
      ]);
    }),
    '',
    'Ratios in the same run (huozi / peer, medians):',
    '',
    ...head(['input', 'all three / Paged.js PDF', 'all three − bare print', 'PDF / bare print', 'PDF / Paged.js', 'PDF / Typst', 'EPUB / pandoc', 'HTML / pandoc']),
    ...r.inputs.map((i) =>
      row([
        i.name,
        ratio(secs(i, 'huozi-all'), secs(i, 'pagedjs')),
        secs(i, 'huozi-all') !== undefined && secs(i, 'bare') !== undefined ? `${(secs(i, 'huozi-all') - secs(i, 'bare')).toFixed(2)} s` : '–',
        ratio(secs(i, 'huozi-pdf'), secs(i, 'bare')),
        ratio(secs(i, 'huozi-pdf'), secs(i, 'pagedjs')),
        ratio(secs(i, 'huozi-pdf'), secs(i, 'typst')),
        ratio(secs(i, 'huozi-epub'), secs(i, 'pandoc-epub')),
        ratio(secs(i, 'huozi-html'), secs(i, 'pandoc-html')),
      ]),
    ),
    '',
    'Peak memory of the process tree (highest over the runs; browser = all Chromium processes together, other = node or pandoc):',
    '',
    ...head(['input', 'huozi all three', 'huozi PDF', 'huozi EPUB', 'huozi HTML', 'warm build()', 'bare print', 'Paged.js', 'Typst', 'pandoc EPUB', 'huozi all three / bare']),
    ...r.inputs.map((i) => {
      const m = (id) => {
        const x = i.jobs[id]?.memory;
        return x ? (x.browser > 0 ? `${gb(x.total)} (${gb(x.browser)} + ${gb(x.other)})` : gb(x.total)) : '–';
      };
      return row([i.name, m('huozi-all'), m('huozi-pdf'), m('huozi-epub'), m('huozi-html'), m('huozi-warm'), m('bare'), m('pagedjs'), m('typst'), m('pandoc-epub'), ratio(i.jobs['huozi-all']?.memory?.total, i.jobs.bare?.memory?.total)]);
    }),
    '',
    'Outputs (pages of each PDF; bytes of each edition, HTML with its assets):',
    '',
    ...head(['input', 'huozi PDF', 'huozi EPUB', 'huozi HTML', 'Paged.js PDF', 'Typst PDF', 'bare print', 'pandoc EPUB / HTML']),
    ...r.inputs.map((i) => {
      const o = (id) => {
        const j = i.jobs[id];
        return j?.bytes === undefined ? '–' : j.pages ? `${j.pages} pp, ${mb(j.bytes)}` : mb(j.bytes);
      };
      return row([i.name, o('huozi-pdf'), o('huozi-epub'), o('huozi-html'), o('pagedjs'), o('typst'), o('bare'), `${o('pandoc-epub')} / ${o('pandoc-html')}`]);
    }),
    '',
    'The warm build() (one process, one browser kept): the first build() in the process, a second of all three, then the HTML alone:',
    '',
    ...head(['input', 'first', 'second, all three', 'then HTML alone']),
    ...r.inputs.flatMap((i) => {
      const w = i.jobs['huozi-warm']?.warm;
      return w ? [row([i.name, s(w.first), s(w.all), s(w.html)])] : [];
    }),
    '',
    "Inside huozi's builds: build()'s own timings (`--json`), medians, per stage and per step (README \"Where a build's time goes\"). The editions of a build render at once, so their steps overlap and add up to more than the wall time:",
    '',
    ...head(['input', 'build', ...STEP_COLUMNS.map(([name]) => name)]),
    ...r.inputs.flatMap((i) =>
      BUILDS.flatMap(([id, what]) => {
        const t = i.jobs[id]?.timings;
        return t ? [row([i.name, what, ...STEP_COLUMNS.map(([, keys]) => (keys.some((k) => k in t) ? s(keys.reduce((sum, k) => sum + (t[k] ?? 0), 0)) : '–'))])] : [];
      }),
    ),
  ];
  lines.push('', "Issue 19's targets, from this run:", '', ...head(['target', 'measured', 'met']), ...targets(r).map((t) => row(t)));
  if (notes.length) lines.push('', ...notes.map((n, k) => `(${k + 1}) ${n}`));
  if (r.complete === false) lines.push('', 'The run did not finish: what is marked not run or not reached was not measured.');
  return lines.join('\n');
}

/** Each target of issue 19 that this run measured: [target, measured, yes/no]. */
function targets(r) {
  const by = (name) => r.inputs.find((i) => i.name === name);
  const sec = (i, id) => i?.jobs[id]?.seconds;
  const mem = (i, id) => i?.jobs[id]?.memory?.total;
  const out = [];
  const check = (target, value, limit, show) => {
    if (value === undefined || Number.isNaN(value)) out.push([target, 'not measured', '–']);
    else out.push([target, show(value), value <= limit ? 'yes' : 'no']);
  };
  const x = (v) => `${v.toFixed(2)} ×`;
  const ex = by('example');
  const mb1 = by('1 MB');
  const mb3 = by('3 MB');
  check('example, all three ≤ 0.75 × Paged.js PDF', sec(ex, 'huozi-all') / sec(ex, 'pagedjs'), 0.75, x);
  check('example, all three ≤ bare print + 0.3 s (all three − bare)', sec(ex, 'huozi-all') - sec(ex, 'bare'), 0.3, (v) => `${v >= 0 ? '+' : ''}${v.toFixed(2)} s`);
  check('example, HTML ≤ 10 × pandoc', sec(ex, 'huozi-html') / sec(ex, 'pandoc-html'), 10, x);
  check('example, EPUB ≤ 10 × pandoc', sec(ex, 'huozi-epub') / sec(ex, 'pandoc-epub'), 10, x);
  check('example, warm build() all three ≤ 1 s', ex?.jobs['huozi-warm']?.warm?.all, 1, s);
  check('example, warm build() HTML ≤ 0.2 s', ex?.jobs['huozi-warm']?.warm?.html, 0.2, s);
  check('1 MB, EPUB ≤ 1.5 × pandoc', sec(mb1, 'huozi-epub') / sec(mb1, 'pandoc-epub'), 1.5, x);
  check('1 MB, HTML ≤ 1.5 × pandoc', sec(mb1, 'huozi-html') / sec(mb1, 'pandoc-html'), 1.5, x);
  check('1 MB, PDF ≤ 1.2 × bare print', sec(mb1, 'huozi-pdf') / sec(mb1, 'bare'), 1.2, x);
  check('1 MB, PDF ≤ 0.3 × Paged.js', sec(mb1, 'huozi-pdf') / sec(mb1, 'pagedjs'), 0.3, x);
  check('1 MB, memory (all three) ≤ 1.1 × bare print', mem(mb1, 'huozi-all') / mem(mb1, 'bare'), 1.1, x);
  check('3 MB, memory (all three) ≤ 1.1 × bare print', mem(mb3, 'huozi-all') / mem(mb3, 'bare'), 1.1, x);
  check('3 MB, memory (all three) ≤ 2 GB', mem(mb3, 'huozi-all'), 2 * 2 ** 30, gb);
  const growth = (mb3?.bytes ?? 0) / (mb1?.bytes || 1);
  check('1 → 3 MB, time of all three grows at most linearly (≤ size ratio, 3 ×)', sec(mb3, 'huozi-all') / sec(mb1, 'huozi-all'), growth, x);
  check('1 → 3 MB, memory of all three grows at most linearly (≤ size ratio, 3 ×)', mem(mb3, 'huozi-all') / mem(mb1, 'huozi-all'), growth, x);
  return out;
}

/**
 * This run beside the one before: each job's median time then and now, and the
 * ratios that load does not move as much (huozi against the bare print).
 */
export function compare(before, now) {
  const lines = [
    `Compared with the run before (${before.date} at ${before.commit ?? '?'}, load ${before.machine.loadDuring ?? '?'}; now ${now.machine.loadDuring ?? '?'}):`,
    '',
    ...head(['input', 'job', 'before', 'now', 'now / before', 'job / bare print before → now']),
  ];
  for (const i of now.inputs) {
    const b = before.inputs.find((x) => x.name === i.name);
    if (!b) continue;
    for (const [id, job] of Object.entries(i.jobs)) {
      const was = b.jobs[id]?.seconds;
      const is = job.seconds;
      if (was === undefined && is === undefined) continue;
      const rel = (r, x) => (x !== undefined && r.jobs.bare?.seconds ? (x / r.jobs.bare.seconds).toFixed(2) : '–');
      lines.push(row([i.name, `${job.tool} ${job.work}`, s(was), s(is), ratio(is, was), `${rel(b, was)} → ${rel(i, is)}`]));
    }
  }
  return lines.join('\n');
}
