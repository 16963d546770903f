/**
 * The markup of whole editions, rendered without a browser: the HTML page's
 * body and every EPUB chapter's XHTML for the Markdown fixture and a
 * sectioned plain-text fixture, compared with reviewed goldens in
 * test/golden/markup/ (written only with UPDATE_GOLDEN=1). Styles and fonts
 * are left out: they have their own tests.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../src/config/schema.js';
import { resolveMetadata } from '../../src/metadata.js';
import type { RenderContext } from '../../src/render/context.js';
import { epub } from '../../src/render/epub.js';
import { html } from '../../src/render/html.js';
import { createTemplates } from '../../src/render/templates.js';
import { parse } from '../../src/source/parse.js';
import { fixtures, golden } from '../support/paths.js';

const FIXTURES = ['markdown-feature.md', 'official-report.txt'];
const templates = createTemplates();

function contextOf(file: string) {
  const { doc } = parse(readFileSync(file), { file: basename(file) });
  const context: RenderContext = {
    meta: resolveMetadata(doc, {}, {}),
    templates,
    options: resolveOptions({ epubFonts: false }),
    stem: basename(file).replace(/\.\w+$/, ''),
    inputDir: dirname(file),
    browser: () => Promise.reject(new Error('the render tier has no browser')),
    doneWithBrowser: () => Promise.resolve(),
    warn: () => undefined,
  };
  return { doc, context };
}

const text = (data: Uint8Array | string) => (typeof data === 'string' ? data : new TextDecoder().decode(data));

describe.each(FIXTURES)('%s', (fixture) => {
  const stem = fixture.replace(/\.\w+$/, '');

  it('HTML page: the body', async () => {
    const { doc, context } = contextOf(join(fixtures, fixture));
    const [page] = await html.render(doc, context);
    const body = /<body[\s\S]*<\/body>/.exec(text(page!.data))?.[0];
    expect(body).toBeDefined();
    await expect(`${body}\n`).toMatchFileSnapshot(join(golden, 'markup', stem, 'page.body.html'));
  });

  it('EPUB: every chapter document', async () => {
    const { doc, context } = contextOf(join(fixtures, fixture));
    const [book] = await epub.render(doc, context);
    const zip = await JSZip.loadAsync(book!.data);
    const chapters = Object.keys(zip.files).filter((f) => /^OEBPS\/(opening|topic-\d+|section-\d+)\.xhtml$/.test(f));
    expect(chapters.length).toBeGreaterThan(1);
    for (const chapter of chapters) {
      await expect(await zip.file(chapter)!.async('string')).toMatchFileSnapshot(join(golden, 'markup', stem, basename(chapter)));
    }
  });
});

describe('the HTML page\'s footer', () => {
  it('holds the publisher and the date, and is left out when neither is known (no empty footer)', async () => {
    const page = async (input: string, flags = {}) => {
      const { doc } = parse(Buffer.from(input), { file: 'in.txt' });
      const context: RenderContext = { ...contextOf(join(fixtures, FIXTURES[1]!)).context, meta: resolveMetadata(doc, { flags }, {}) };
      return text((await html.render(doc, context))[0]!.data);
    };
    const untold = '社区食堂开到家门口\n\n记者：价格怎么样？\n\n李明：十五元一餐。\n';
    expect(await page(untold)).not.toContain('<footer');
    expect(await page(untold, { publisher: '江城日报' })).toMatch(/<footer class="report-footer"><p>江城日报<\/p><\/footer>/);
  });
});
