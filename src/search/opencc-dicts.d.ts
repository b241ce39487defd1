/** opencc-js ships its dictionary groups without types: `to/cn` is [[TSPhrases, TSCharacters]]. */
declare module 'opencc-js/to/cn' {
  import type { DictGroup } from 'opencc-js/core';

  const dictGroups: readonly DictGroup[];
  export default dictGroups;
}
