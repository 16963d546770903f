/**
 * Zips a planned book (EPUB 3.3 §4, the OCF container): `mimetype` first and stored, `META-INF/container.xml`
 * naming the package document, then the plan's package document, navigation, NCX, stylesheet, content documents,
 * images and fonts under `OEBPS/`, as the plan rendered them — nothing is parsed, rewritten or run as a template here.
 * fflate writes the zip (deflate level 6, zlib's default), in one synchronous call: the 1 MB transcript's book (1,015
 * entries, 5.6 MB) took 0.24–0.41 s of wall time and 0.28–0.54 s of CPU, against 0.55–0.63 s and 1.06–1.21 s for yazl,
 * whose Node zlib stream per entry and JavaScript CRC cost more than the deflating. Every entry is dated with the
 * document's date, as DOS times from its UTC fields and without an extended-timestamp field, so two builds are
 * byte-identical in any time zone.
 */
import { type Zippable, zipSync } from 'fflate';
import type { BookPlan } from './plan.js';

/** The container file: where the package document is (EPUB OCF 3.3 §4.2.6.3.1). */
const CONTAINER =
  '<?xml version="1.0" encoding="UTF-8"?>\n<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>\n';

/** The EPUB's bytes (a zip, `mimetype` first and stored: EPUB OCF 3.3 §4.3). */
export function packageEpub(plan: BookPlan): Uint8Array {
  const d = new Date(plan.meta.modified);
  // fflate writes DOS times from a date's local fields: these are the UTC fields of the document's date.
  const mtime = new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
  const entries: Zippable = {};
  const add = (path: string, data: Uint8Array | string, level: 0 | 6 = 6) => {
    entries[path] = [typeof data === 'string' ? new TextEncoder().encode(data) : data, { level, mtime }];
  };
  add('mimetype', 'application/epub+zip', 0);
  add('META-INF/container.xml', CONTAINER);
  add('OEBPS/content.opf', plan.opf);
  add('OEBPS/toc.xhtml', plan.nav.xhtml);
  add('OEBPS/toc.ncx', plan.nav.ncx);
  add('OEBPS/style.css', plan.css);
  for (const doc of plan.documents) add(`OEBPS/${doc.filename}`, doc.xhtml);
  for (const file of plan.files) add(`OEBPS/${file.path}`, file.data);
  return zipSync(entries);
}
