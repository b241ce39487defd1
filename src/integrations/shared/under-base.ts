/**
 * A site path (`/taiyuan-xiaodian/2024/`) under the deployment base (`/sub/path/`),
 * for the build steps. The URL scheme is src/utils/urls.ts; it takes the base from
 * Vite, and the build steps run in Node, outside Vite, where its functions return
 * site paths: a step puts the base from the Astro config in front of them here.
 */
export function underBase(base: string, sitePath: string): string {
  return base.replace(/\/?$/, '/') + sitePath.replace(/^\//, '');
}
