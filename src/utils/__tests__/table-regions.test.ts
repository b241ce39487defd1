import { describe, expect, test } from 'vitest';
import { wrapTables } from '../table-regions.ts';

describe('wrapTables', () => {
  test('puts a table in a focusable, labelled scroll region and leaves other HTML alone', () => {
    expect(wrapTables('<p>前</p><table><tbody><tr><td>1</td></tr></tbody></table>', '第 1.2 段的表格')).toBe(
      '<p>前</p><section class="table-scroll" tabindex="0" aria-label="第 1.2 段的表格"><table><tbody><tr><td>1</td></tr></tbody></table></section>',
    );
    expect(wrapTables('<strong>无表格</strong>', 'x')).toBe('<strong>无表格</strong>');
  });

  test('two tables in one block get distinct labels; the label is escaped', () => {
    const out = wrapTables('<table></table><table></table>', 'Table "1.2"');
    expect(out).toBe(
      '<section class="table-scroll" tabindex="0" aria-label="Table &quot;1.2&quot; (1)"><table></table></section>' +
        '<section class="table-scroll" tabindex="0" aria-label="Table &quot;1.2&quot; (2)"><table></table></section>',
    );
  });
});
