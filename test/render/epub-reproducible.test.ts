/**
 * Two builds of the same input are byte-identical, whatever the time zone
 * of the machine: zip entry dates come from the document's date and are
 * written from their UTC fields.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { output } from '../support/outputs.js';
import { example, tmp } from '../support/paths.js';
import { one, readBook, text } from './epub/read-book.js';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('epub: reproducible', () => {
  it('rebuilds the example byte for byte in other time zones', async () => {
    const reference = sha(output('press-conference', 'epub'));
    for (const tz of ['Asia/Shanghai', 'America/Los_Angeles']) {
      process.env.TZ = tz;
      const out = join(tmp, 'epub-rebuild', tz.replace('/', '-'));
      const { written } = await build([example], { out, formats: ['epub'] });
      expect(sha(written[0]!), tz).toBe(reference);
    }
  });

  it('dates every zip entry with the document date, in UTC', async () => {
    const book = await readBook(output('press-conference', 'epub'));
    const modified = text(one('meta[property="dcterms:modified"]', book.opf));
    const zip = await JSZip.loadAsync(readFileSync(output('press-conference', 'epub')));
    // JSZip reads DOS times back as UTC, as it writes them.
    expect([...new Set(Object.values(zip.files).map((f) => f.date.toISOString()))]).toEqual([new Date(modified).toISOString()]);
  });
});
