/**
 * Format name → renderer. Adding an output format means adding one renderer
 * file, its templates, and one line here (and its name in config/schema.ts).
 */
import type { Renderer } from './context.js';
import { epub } from './epub.js';
import { html } from './html.js';
import { pdf } from './pdf.js';

/** Every renderer by its format name. */
export const renderers = { pdf, epub, html } satisfies Record<string, Renderer>;
export type FormatName = keyof typeof renderers;
