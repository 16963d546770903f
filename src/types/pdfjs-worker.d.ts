// pdfjs-dist ships no typings for its worker module; huozi only imports it for its side effect (pdf-text-worker.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
