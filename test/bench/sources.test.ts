/**
 * The peers' sources the benchmark writes from a transcript: the outline they
 * share, and Paged.js's HTML with huozi's own print fonts beside it (the
 * benchmark imports huozi's compiled modules, so this also catches an export
 * it relies on going away).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outline, pagedHtml } from '../../bench/peers/sources.mjs';
import { tempDir } from '../support/temp.js';

describe('bench peer sources', () => {
  const doc = outline('发布会实录\n\n1 谈经济\n\n记者：三季度增长如何？\n\n2 谈外交\n\n发言人：中方愿同各方合作。\n');

  it('outline the transcript as its numbered topics', () => {
    expect(doc.topics.map((t) => t.heading)).toEqual(['1 谈经济', '2 谈外交']);
    expect(doc.topics[1]!.paras).toEqual(['发言人：中方愿同各方合作。']);
  });

  it('give Paged.js an HTML page whose @font-face files are written beside it', async () => {
    const dir = tempDir('bench-sources');
    const html = await pagedHtml(doc, dir);
    const urls = [...html.matchAll(/url\(['"]?([^'")]+)['"]?\)/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(0);
    expect(readdirSync(dir).sort()).toEqual([...new Set(urls)].sort());
    expect(html).toContain('<h2>1 谈经济</h2>');
  });
});
