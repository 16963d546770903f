import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedBrowser } from '../src/browser.js';
import { build } from '../src/build.js';
import { HuoziError } from '../src/errors.js';
import { renderers } from '../src/render/registry.js';
import { chromiums } from './support/processes.js';
import { readBook } from './render/epub/read-book.js';
import { tempDir } from './support/temp.js';

const fresh = () => tempDir('build');

describe('build()', () => {
  it('refuses two inputs with the same stem (usage error), writing nothing', async () => {
    const dir = fresh();
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'talk.txt'), '王毅：你好。');
    writeFileSync(join(dir, 'b', 'talk.md'), '# 标题\n\n正文。');
    const out = join(dir, 'out');
    await expect(build([join(dir, 'a', 'talk.txt'), join(dir, 'b', 'talk.md')], { out, formats: ['html'] })).rejects.toMatchObject({ code: 2 });
    expect(() => readdirSync(out)).toThrow();
  });

  it('warns when no title or date was found or given (title-missing, date-missing), and not once they are given', async () => {
    const dir = fresh();
    const input = join(dir, 'talk.txt');
    writeFileSync(input, '记者：有何安排？\n\n发言人：正在推进。');
    const codes = async (options: object) => (await build([input], { out: join(dir, 'out'), formats: ['html'], ...options })).warnings.map((w) => w.code);
    expect(await codes({})).toEqual(expect.arrayContaining(['title-missing', 'date-missing']));
    expect(await codes({ date: '2026-03-08', title: '推进会' })).not.toContain('title-missing');
    expect(await codes({ date: '2026-03-08' })).not.toContain('date-missing');
  });

  it('prints a --title that reads as an unrecognised top line once, as the headline (the line is not repeated under it)', async () => {
    const dir = fresh();
    const input = join(dir, 'talk.txt');
    const title = '远航汽车李明远：价格战还要打多久？';
    writeFileSync(input, `${title}\n\n问：什么时候推送？\n\n答：明年。\n\n问：价格呢？\n\n答：不变。\n`);
    const html = async (options: object) => {
      const { written } = await build([input], { out: join(dir, 'out'), formats: ['html'], ...options });
      return readFileSync(written.find((f) => f.endsWith('.html'))!, 'utf8').replace(/<wbr ?\/?>|<\/?span[^>]*>/g, '');
    };
    // The words as the text of an element of the page's body (the head's <title> and attributes aside).
    const printed = (page: string) => page.slice(page.indexOf('<body')).split(`>${title}<`).length - 1;
    expect(printed(await html({ title }))).toBe(1);
    // Control: without the flag the line is a paragraph (and the book untitled); with it before this change, h1 and paragraph.
    expect(await html({})).toContain(`<p>${title}</p>`);
  });

  it('prints a --title in place of the recognised headline, which stays as a paragraph (control: without it the headline is the line)', async () => {
    const dir = fresh();
    const input = join(dir, 'talk.txt');
    writeFileSync(input, '交通部「春節連假疏運計畫」記者會逐字稿\n\n2027年1月28日\n\n記者：請問？\n\n部長：好。\n\n記者：謝謝。\n');
    const h1 = async (options: object) => {
      const { written } = await build([input], { out: join(dir, 'out'), formats: ['html'], ...options });
      const page = readFileSync(written.find((f) => f.endsWith('.html'))!, 'utf8').replace(/<wbr ?\/?>|<\/?span[^>]*>/g, '');
      return [/<h1[^>]*>(.*?)<\/h1>/s.exec(page)?.[1], page.includes('<p>交通部「春節連假疏運計畫」記者會逐字稿</p>')];
    };
    expect(await h1({ title: '春節疏運計畫記者會' })).toEqual(['春節疏運計畫記者會', true]);
    expect(await h1({})).toEqual(['交通部「春節連假疏運計畫」記者會逐字稿', false]);
  });

  it('a --title given to several inputs warns (title-shared), and each book keeps its own identifier (control: one input)', async () => {
    const dir = fresh();
    const inputs = ['甲.txt', '乙.txt'].map((name) => join(dir, name));
    writeFileSync(inputs[0]!, '甲方发布会\n\n记者：有何安排？\n\n发言人：正在推进。');
    writeFileSync(inputs[1]!, '乙方发布会\n\n记者：何时完成？\n\n发言人：年底前。');
    const result = await build(inputs, { out: join(dir, 'out'), formats: ['epub'], title: '同一标题', date: '2026-03-08' });
    expect(result.warnings.filter((w) => w.code === 'title-shared').map((w) => w.file)).toEqual(inputs);
    const ids = await Promise.all(result.written.map(async (f) => /urn:uuid:[0-9a-f-]+/.exec((await readBook(f)).text('OEBPS/content.opf'))?.[0]));
    expect(ids.every(Boolean) && new Set(ids).size).toBe(2);
    const one = await build([inputs[0]!], { out: join(dir, 'one'), formats: ['epub'], title: '同一标题', date: '2026-03-08' });
    expect(one.warnings.map((w) => w.code)).not.toContain('title-shared');
  });

  it('writes nothing when a later input is bad: no half-written output', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'good.txt'), '王毅：各位记者朋友，上午好！');
    writeFileSync(join(dir, 'empty.txt'), '');
    const out = join(dir, 'out');
    const err = await build([join(dir, 'good.txt'), join(dir, 'empty.txt')], { out, formats: ['epub'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HuoziError);
    expect((err as HuoziError).toString()).toBe(`${join(dir, 'empty.txt')}: the file is empty`);
    expect(() => readdirSync(out)).toThrow();
  });

  it('builds several inputs at once, two at a time; outputs and reports stay in input order', async () => {
    const dir = fresh();
    // The first input is the longest: the others start, and may finish, before it does.
    const inputs = ['长.txt', '短.txt', '三.txt'].map((name) => join(dir, name));
    writeFileSync(inputs[0]!, `发布会实录\n\n记者：请介绍情况。\n\n发言人：${'我们将继续推进城市更新工作。'.repeat(60)}`);
    writeFileSync(inputs[1]!, '记者：有何安排？\n\n发言人：正在推进。');
    writeFileSync(inputs[2]!, '记者：何时完成？\n\n发言人：年底前。');
    const events: string[] = [];
    const result = await build(inputs, {
      out: join(dir, 'out'),
      formats: ['html', 'pdf'],
      onProgress: (e) => events.push(e.step === 'write' ? 'write' : `${e.step} ${e.input.split('/').at(-1)}${'format' in e ? ` ${e.format}` : ''}`),
    });
    // The second input is read before the first has rendered anything: they run at once.
    expect(events.indexOf('read 短.txt')).toBeLessThan(events.indexOf('rendered 长.txt html'));
    // The third waits for one of the first two to finish: two at a time.
    expect(events.indexOf('read 三.txt')).toBeGreaterThan(Math.min(events.indexOf('rendered 长.txt pdf'), events.indexOf('rendered 短.txt pdf')));
    expect(result.inputs.map((r) => r.file)).toEqual(inputs);
    expect(result.written.filter((f) => /\.(html|pdf)$/.test(f))).toEqual(['长', '短', '三'].flatMap((stem) => [join(dir, 'out', `${stem}.html`), join(dir, 'out', `${stem}.pdf`)]));
  });

  it('closes its own browser as soon as the PDF has printed, before the PDF is finished and read back (control: a kept browser stays open)', async () => {
    const dir = fresh();
    const input = join(dir, 'talk.txt');
    writeFileSync(input, '记者：有何安排？\n\n发言人：正在推进。');
    const original = renderers.pdf;
    /** Chromium processes alive once the PDF renderer has said it is done with the browser. */
    const aliveAfterPrint = async (options: object) => {
      let alive = -1;
      renderers.pdf = {
        name: 'pdf',
        render: (doc, context) =>
          original.render(doc, {
            ...context,
            doneWithBrowser: async () => {
              await context.doneWithBrowser();
              alive = chromiums(process.pid).length;
            },
          }),
      };
      try {
        await build([input], { out: join(dir, 'out'), formats: ['html', 'pdf'], ...options });
      } finally {
        renderers.pdf = original;
      }
      return alive;
    };
    expect(await aliveAfterPrint({})).toBe(0);
    const kept = sharedBrowser();
    try {
      expect(await aliveAfterPrint({ browser: kept })).toBeGreaterThan(0);
    } finally {
      await kept.close();
    }
  });

  it('gives the same layout for one input or many: <out>/<stem>.<ext>', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'one.txt'), '王毅：各位记者朋友，上午好！');
    writeFileSync(join(dir, 'two.txt'), '新华社记者：请问今年的重点是什么？');
    const out = join(dir, 'out');
    const result = await build([join(dir, 'one.txt'), join(dir, 'two.txt')], { out, formats: ['epub'] });
    expect(result.written).toEqual([join(out, 'one.epub'), join(out, 'two.epub')]);
    expect(readdirSync(out).sort()).toEqual(['one.epub', 'two.epub']);
  });

  it('tells a problem every edition meets once, not once per edition', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'pictures.md'), '# 图片报道\n\n![远处的图](https://example.com/a.png)\n\n正文。');
    const result = await build([join(dir, 'pictures.md')], { out: join(dir, 'out'), formats: ['epub', 'html'] });
    const skipped = result.warnings.filter((w) => w.code === 'image-skipped');
    // Named by its source line, which the message also gives.
    expect(skipped.map((w) => [w.line, w.message])).toEqual([[3, 'image "https://example.com/a.png" (line 3) not included: only local files beside the input are used, never a URL']]);
  });

  it('labels an English transcript `en`, in its own words', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'briefing.txt'), 'Press briefing\n\nMODERATOR: Good morning.\n\nREPORTER: What is the plan?\n\nMINISTER: We will keep working.');
    const out = join(dir, 'out');
    await build([join(dir, 'briefing.txt')], { out, formats: ['html'] });
    const page = readFileSync(join(out, 'briefing.html'), 'utf8');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('Skip to content');
  });
});
