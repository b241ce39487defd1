/** The PDF settings of this build, from the PDF integration (see vite-virtual-module.ts). */
declare module 'virtual:baogao/pdf-editions' {
  /** True when this build makes the PDF editions, so the pages link them; false under `astro dev` and with BAOGAO_PDF=0. */
  export const linkPdfs: boolean;
}
