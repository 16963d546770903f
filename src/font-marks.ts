/**
 * Centred pauses and stops for a face that has only the mainland forms
 * (CLREQ §3.1.2: zh-Hans sets ，。、 in the lower left of their em box and
 * ：；！？ to the left; Taiwan and Hong Kong centre them). LXGW WenKai, huozi's
 * Kai, is drawn to the mainland standard; in a zh-Hant edition its cut has
 * those glyphs moved into the centre, as its own TC version does, so a
 * question set in Kai is punctuated like the Song answer around it. Only the
 * TrueType outlines (`glyf`) of the marks move, with their `loca` offsets,
 * left side bearings (`hmtx`) and the table directory; every other table,
 * the vertical forms' substitutions (`GSUB`) among them, is kept byte for byte.
 */

/** Marks centred in both directions (ink centre on the em box's), and marks centred across only (full-height `！？`). */
const CENTRED = '，。、：；';
const CENTRED_ACROSS = '！？';
/** Every mark this module moves, for callers choosing which cuts need it. */
export const TAIWAN_MARKS = CENTRED + CENTRED_ACROSS;

interface Table {
  tag: string;
  data: Uint8Array;
}

/**
 * `sfnt` (TrueType bytes, a subset) with the glyphs `glyphOf` gives for the
 * marks of `TAIWAN_MARKS` moved to the centre of their advance and, for ，。、：；,
 * of the ideographic em box (OS/2 typo ascender and descender). A mark the font
 * lacks, draws as a composite or draws nothing is left as it is. Throws on
 * bytes that are not a TrueType font with `glyf` outlines.
 */
export function centreMarks(sfnt: Uint8Array, glyphOf: (char: string) => { id: number; advanceWidth: number } | undefined): Uint8Array {
  const tables = readTables(sfnt);
  const table = (tag: string) => {
    const found = tables.find((t) => t.tag === tag);
    if (!found) throw new Error(`the font has no ${tag} table`);
    return found;
  };
  const head = view(table('head').data);
  const longLoca = head.getInt16(50) === 1;
  const loca = view(table('loca').data);
  const glyphCount = loca.byteLength / (longLoca ? 4 : 2) - 1;
  const offset = (id: number) => (longLoca ? loca.getUint32(id * 4) : loca.getUint16(id * 2) * 2);
  const glyf = table('glyf').data;
  const os2 = view(table('OS/2').data);
  const emCentre = (os2.getInt16(68) + os2.getInt16(70)) / 2;
  const hhea = view(table('hhea').data);
  const hmtx = view(table('hmtx').data);
  const metrics = hhea.getUint16(34);
  const lsbAt = (id: number) => (id < metrics ? id * 4 + 2 : metrics * 4 + (id - metrics) * 2);

  const glyphs = Array.from({ length: glyphCount }, (_, id) => glyf.subarray(offset(id), offset(id + 1)));
  for (const char of TAIWAN_MARKS) {
    const glyph = glyphOf(char);
    if (!glyph || glyph.id >= glyphCount) continue;
    const moved = translated(glyphs[glyph.id]!, glyph.advanceWidth, CENTRED.includes(char) ? emCentre : undefined);
    if (!moved) continue;
    glyphs[glyph.id] = moved.data;
    hmtx.setInt16(lsbAt(glyph.id), moved.xMin);
  }

  // Glyphs padded to four bytes, so the offsets suit either loca format; long offsets when short ones cannot reach.
  const padded = glyphs.map((g) => (g.length % 4 === 0 ? g : concat([g, new Uint8Array(4 - (g.length % 4))])));
  const starts = [0];
  for (const g of padded) starts.push(starts.at(-1)! + g.length);
  const long = longLoca || starts.at(-1)! / 2 > 0xffff;
  const newLoca = new Uint8Array(starts.length * (long ? 4 : 2));
  starts.forEach((s, i) => (long ? view(newLoca).setUint32(i * 4, s) : view(newLoca).setUint16(i * 2, s / 2)));
  head.setInt16(50, long ? 1 : 0);
  table('glyf').data = concat(padded);
  table('loca').data = newLoca;
  return writeTables(tables);
}

/**
 * A simple glyph moved so its ink is centred on `advance` across and, when given, on `centreY` up and down: its
 * points re-encoded as 16-bit deltas (the first delta carries the move), its bounding box moved with it.
 */
function translated(glyph: Uint8Array, advance: number, centreY: number | undefined): { data: Uint8Array; xMin: number } | undefined {
  if (glyph.length < 10) return undefined;
  const g = view(glyph);
  const contours = g.getInt16(0);
  if (contours <= 0) return undefined;
  const [xMin, yMin, xMax, yMax] = [g.getInt16(2), g.getInt16(4), g.getInt16(6), g.getInt16(8)];
  const dx = Math.round((advance - (xMax - xMin)) / 2 - xMin);
  const dy = centreY === undefined ? 0 : Math.round(centreY - (yMin + yMax) / 2);
  const points = g.getUint16(10 + (contours - 1) * 2) + 1;
  const instructionsAt = 10 + contours * 2;
  const instructionLength = g.getUint16(instructionsAt);
  let at = instructionsAt + 2 + instructionLength;
  const flags: number[] = [];
  while (flags.length < points) {
    const flag = glyph[at++]!;
    flags.push(flag);
    // Bit 3: the flag repeats as many more times as the next byte says.
    if (flag & 8) for (let n = glyph[at++]!; n > 0; n--) flags.push(flag);
  }
  const read = (short: number, same: number) =>
    flags.map((flag) => {
      if (flag & short) return (flag & same ? 1 : -1) * glyph[at++]!;
      if (flag & same) return 0;
      const delta = g.getInt16(at);
      at += 2;
      return delta;
    });
  const xs = read(2, 16);
  const ys = read(4, 32);
  xs[0] = xs[0]! + dx;
  ys[0] = ys[0]! + dy;
  const head = glyph.slice(0, instructionsAt + 2 + instructionLength);
  const h = view(head);
  [xMin + dx, yMin + dy, xMax + dx, yMax + dy].forEach((v, i) => h.setInt16(2 + i * 2, v));
  // Flags keep on-curve (bit 0) and overlap (bit 6) only: every coordinate becomes a 16-bit delta.
  const body = new Uint8Array(points + points * 4);
  const b = view(body);
  flags.forEach((flag, i) => (body[i] = flag & 0x41));
  [...xs, ...ys].forEach((delta, i) => b.setInt16(points + i * 2, delta));
  return { data: concat([head, body]), xMin: xMin + dx };
}

function readTables(sfnt: Uint8Array): Table[] {
  const s = view(sfnt);
  if (s.getUint32(0) !== 0x00010000) throw new Error('not a TrueType font');
  return Array.from({ length: s.getUint16(4) }, (_, i) => {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...sfnt.subarray(record, record + 4));
    const start = s.getUint32(record + 8);
    return { tag, data: sfnt.slice(start, start + s.getUint32(record + 12)) };
  });
}

/** The font file of `tables` (in tag order, each on a four-byte boundary), with its checksums and `head`'s adjustment. */
function writeTables(tables: Table[]): Uint8Array {
  const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const n = sorted.length;
  const search = 2 ** Math.floor(Math.log2(n));
  const header = new Uint8Array(12 + n * 16);
  const h = view(header);
  h.setUint32(0, 0x00010000);
  h.setUint16(4, n);
  h.setUint16(6, search * 16);
  h.setUint16(8, Math.log2(search));
  h.setUint16(10, n * 16 - search * 16);
  const head = sorted.find((t) => t.tag === 'head')!;
  view(head.data).setUint32(8, 0);
  let at = header.length;
  const parts: Uint8Array[] = [header];
  sorted.forEach((t, i) => {
    const record = 12 + i * 16;
    [...t.tag].forEach((c, k) => (header[record + k] = c.charCodeAt(0)));
    h.setUint32(record + 4, checksum(t.data));
    h.setUint32(record + 8, at);
    h.setUint32(record + 12, t.data.length);
    const pad = (4 - (t.data.length % 4)) % 4;
    parts.push(t.data, new Uint8Array(pad));
    at += t.data.length + pad;
  });
  const file = concat(parts);
  view(file).setUint32(h.getUint32(12 + sorted.indexOf(head) * 16 + 8) + 8, (0xb1b0afba - checksum(file)) >>> 0);
  return file;
}

/** The OpenType checksum: the sum of the bytes as big-endian 32-bit words, zero-padded. */
function checksum(data: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) sum = (sum + (((data[i]! << 24) | ((data[i + 1] ?? 0) << 16) | ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0)) >>> 0)) >>> 0;
  return sum;
}

const view = (data: Uint8Array) => new DataView(data.buffer, data.byteOffset, data.byteLength);

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
