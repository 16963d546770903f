/**
 * epub-gen-memory, made reproducible: the identifier is the metadata
 * model's (not a random UUID), every zip entry carries the document's date
 * (JSZip writes DOS times from the UTC fields, so the time zone of the build
 * does not matter), and images keep the stable names they were given
 * instead of random UUIDs. Its HTML clean-up writes every non-ASCII
 * character as a numeric reference; chapters are turned back into plain
 * UTF-8 text (the five XML specials stay escaped).
 */
import { basename, extname } from 'node:path';
import { EPub, type Chapter, type Options } from 'epub-gen-memory';

export class ReproducibleEPub extends EPub {
  constructor(options: Options, content: Chapter[], identifier: string, private readonly fixedDate: Date) {
    super(options, content);
    this.uuid = identifier;
    this.nameImagesStably();
    for (const chapter of this.content) chapter.content = decodeCharacterReferences(chapter.content);
  }

  /** Images are only ever given as `file://` URLs of files named as they should appear in the book. */
  private nameImagesStably(): void {
    for (const image of this.images) {
      const file = basename(new URL(image.url).pathname);
      const ext = extname(file);
      const generated = `images/${image.id}.${image.extension}`;
      image.id = basename(file, ext);
      image.extension = ext.slice(1);
      for (const chapter of this.content) chapter.content = chapter.content.split(generated).join(`images/${file}`);
    }
  }

  override async genEpub(): Promise<Buffer> {
    await this.render();
    this.zip.forEach((_path, file) => {
      file.date = this.fixedDate;
    });
    return this.generateAsync({ type: 'nodebuffer', mimeType: 'application/epub+zip', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  }
}

const XML_SPECIALS = new Set(['&', '<', '>', '"', "'"]);

/** `&#x8BB0;` → `记`; references to the XML specials stay as they are. */
export function decodeCharacterReferences(xml: string): string {
  return xml.replace(/&#(x[0-9a-fA-F]+|[0-9]+);/g, (ref, code: string) => {
    const char = String.fromCodePoint(code.startsWith('x') ? parseInt(code.slice(1), 16) : Number(code));
    return XML_SPECIALS.has(char) ? ref : char;
  });
}
