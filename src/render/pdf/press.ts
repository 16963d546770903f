/**
 * `--press`: the print edition as CMYK for the press, through Debian's
 * Ghostscript (the converter Vivliostyle's press-ready uses):
 * 1. Chromium's RGB neutrals (black `0 0 0 rg`, and grays with three equal
 *    components) become gray, which Ghostscript maps to the K plate alone
 *    (DeviceGrayToK), so black and gray are never a rich black of four inks
 *    (registration-sensitive on a newspaper press);
 * 2. Ghostscript's pdfwrite converts every other colour to CMYK through the
 *    output profile, keeping fonts embedded, text extractable and the
 *    TrimBox/BleedBox of every page;
 * 3. gray is written as K (`0 0 0 1 k`), fills and strokes of 100 % K are set
 *    to overprint (OPM 1), and the profile is attached as the OutputIntent;
 * 4. the print's document information and file ID replace Ghostscript's, so
 *    the same input gives a byte-identical PDF with no build time in it.
 * The result is CMYK for press, not PDF/X (see README: Press).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDict, PDFDocument, PDFName, PDFRef, PDFStream, PDFString, ParseSpeeds } from '@cantoo/pdf-lib';
import { rewriteContentStreams } from './content-stream.js';

/** Ghostscript's SWOP-based CMYK profile (Debian `libgs10-common`, AGPL like Ghostscript). */
export const CMYK_PROFILE = '/usr/share/color/icc/ghostscript/default_cmyk.icc';
const PROFILE_NAME = 'Artifex CMYK SWOP';

/** Graphics states the rewritten streams name: overprint on and off, for fills (`op`) and strokes (`OP`). */
const STATES = { HzFillOP: { op: true, OPM: 1 }, HzFillKO: { op: false }, HzStrokeOP: { OP: true, OPM: 1 }, HzStrokeKO: { OP: false } };

const FILL = new Set(['k', 'rg', 'sc', 'scn', 'cs']);
const STROKE = new Set(['K', 'RG', 'SC', 'SCN', 'CS']);
const num = (v: number) => String(Number(v.toFixed(4)));

/**
 * Converts a print PDF (bytes from the print step) to CMYK for the press, with the print's document information and
 * file ID: the same print gives the same bytes.
 * Throws when Ghostscript (`gs`) or the profile is missing, or gs fails.
 */
export async function pressPdf(printed: Uint8Array): Promise<Uint8Array> {
  const source = await PDFDocument.load(printed, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const neutral = (args: string[]) => args.length === 3 && args.every((a) => Number(a) === Number(args[0]));
  rewriteContentStreams(source, (op, args) => ((op === 'rg' || op === 'RG') && neutral(args) ? `${num(Number(args[0]))} ${op === 'rg' ? 'g' : 'G'}` : undefined));
  const work = mkdtempSync(join(tmpdir(), 'huozi-press-'));
  try {
    const input = join(work, 'in.pdf');
    const output = join(work, 'out.pdf');
    writeFileSync(input, await source.save({ useObjectStreams: false, objectsPerTick: Infinity }));
    // -dNEWPDF=false: Ghostscript 10.0's new PDF interpreter rewrites the ToUnicode maps of Chromium's CID TrueType
    // subsets with wrong entries (copying a Kai question gave `宣_Î` for 宣布); the legacy interpreter keeps them exact.
    // -dOmitInfoDate -dOmitID -dOmitXMP: pdfwrite otherwise stamps the wall-clock time into the Info dates, the XMP
    // (xmp:CreateDate, ModifyDate) and a time-based xapMM:DocumentID, and derives the trailer ID from it; pdf-lib keeps
    // every object it parsed, so these reached the saved file (two builds a minute apart differed in 16 bytes). The
    // print has no XMP and this is not PDF/X, which would require it; Info and ID come from the print (copyInfoAndId).
    await promisify(execFile)('gs', [
      '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-dNEWPDF=false', '-sDEVICE=pdfwrite', '-dPDFSETTINGS=/prepress', '-dAutoRotatePages=/None',
      '-dOmitInfoDate', '-dOmitID', '-dOmitXMP',
      '-sColorConversionStrategy=CMYK', '-sProcessColorModel=DeviceCMYK', `-sOutputICCProfile=${CMYK_PROFILE}`,
      `-sOutputFile=${output}`, input,
    ], { maxBuffer: 1 << 26 });
    const press = await PDFDocument.load(readFileSync(output), { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
    rewriteContentStreams(press, toKAndOverprint);
    addGraphicsStates(press);
    addOutputIntent(press);
    copyInfoAndId(source, press);
    return await press.save({ useObjectStreams: false, addDefaultPage: false, objectsPerTick: Infinity });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Gray → K; after each colour set, overprint on for 100 % K and off for anything else. */
function toKAndOverprint(op: string, args: string[]): string | undefined {
  let colour = `${args.join(' ')} ${op}`;
  let cmyk = args.map(Number);
  if (op === 'g' || op === 'G') {
    cmyk = [0, 0, 0, 1 - Number(args[0])];
    colour = `${cmyk.map(num).join(' ')} ${op === 'g' ? 'k' : 'K'}`;
  } else if (!FILL.has(op) && !STROKE.has(op)) return undefined;
  const black = (op === 'g' || op === 'G' || op === 'k' || op === 'K') && cmyk.join(' ') === '0 0 0 1';
  const fill = op === 'g' || FILL.has(op);
  return `${colour} /Hz${fill ? 'Fill' : 'Stroke'}${black ? 'OP' : 'KO'} gs`;
}

/** Defines `STATES` in the resources of every page and form XObject. */
function addGraphicsStates(pdf: PDFDocument): void {
  const states = pdf.context.obj(Object.fromEntries(Object.entries(STATES).map(([name, s]) => [name, pdf.context.obj({ Type: 'ExtGState', ...s })])));
  const add = (resources: PDFDict) => {
    const existing = resources.lookupMaybe(PDFName.of('ExtGState'), PDFDict);
    if (!existing) resources.set(PDFName.of('ExtGState'), states);
    else for (const [k, v] of (states as PDFDict).entries()) existing.set(k, v);
  };
  for (const page of pdf.getPages()) {
    const resources = page.node.Resources();
    if (resources) add(resources);
  }
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFStream) || object.dict.get(PDFName.of('Subtype')) !== PDFName.of('Form')) continue;
    const resources = object.dict.lookupMaybe(PDFName.of('Resources'), PDFDict);
    if (resources) add(resources);
  }
}

/** The CMYK profile as the document's output intent (ISO 32000-1 §14.11.5). */
function addOutputIntent(pdf: PDFDocument): void {
  const profile = pdf.context.register(pdf.context.flateStream(readFileSync(CMYK_PROFILE), { N: 4 }));
  const intent = pdf.context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFX',
    OutputCondition: PDFString.of('SWOP (Ghostscript default CMYK)'),
    OutputConditionIdentifier: PDFString.of(PROFILE_NAME),
    Info: PDFString.of(PROFILE_NAME),
    DestOutputProfile: profile,
  });
  pdf.catalog.set(PDFName.of('OutputIntents'), pdf.context.obj([intent]));
}

/**
 * The print's Info (fixed dates, huozi as Creator) and file ID (info.ts) replace Ghostscript's, so rebuilds stay
 * byte-identical; Ghostscript's Info object is deleted, as pdf-lib writes every object it holds, referenced or not.
 */
function copyInfoAndId(from: PDFDocument, to: PDFDocument): void {
  if (to.context.trailerInfo.Info instanceof PDFRef) to.context.delete(to.context.trailerInfo.Info);
  const info = from.context.lookup(from.context.trailerInfo.Info);
  if (info) to.context.trailerInfo.Info = to.context.register(info.clone(to.context));
  if (from.context.trailerInfo.ID) to.context.trailerInfo.ID = from.context.trailerInfo.ID.clone(to.context);
}
