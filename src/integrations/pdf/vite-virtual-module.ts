/**
 * The PDF settings the pages need, handed from the integration to the components
 * through a Vite virtual module (as Starlight's integrations/vite-virtual-modules.ts
 * does): `import { linkPdfs } from 'virtual:baogao/pdf-editions'`. Its type is
 * declared in virtual-module.d.ts.
 */
import type { ViteUserConfig } from 'astro';

const MODULE_ID = 'virtual:baogao/pdf-editions';
// Vite's convention: a resolved virtual id starts with \0, so no other plugin tries to load it as a file.
const RESOLVED_ID = `\0${MODULE_ID}`;

export interface PdfPageSettings {
  /** True when this build makes the PDF editions, so the pages link them. */
  linkPdfs: boolean;
}

export function vitePluginPdfSettings(settings: PdfPageSettings): NonNullable<ViteUserConfig['plugins']>[number] {
  return {
    name: 'baogao-pdf-settings',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? `export const linkPdfs = ${JSON.stringify(settings.linkPdfs)};` : undefined),
  };
}
