import { expect, test } from 'vitest';
import { writeCsv } from '../csv.ts';

test('a file Excel opens as UTF-8: BOM, CRLF records, RFC 4180 quoting', () => {
  const csv = writeCsv(
    ['subject', 'value', 'phrase'],
    [{ subject: '地区生产总值', value: 158062000000, phrase: '完成1580.62亿元，增长2.1%, "稳"' }],
  );
  expect(csv.startsWith('\uFEFFsubject,value,phrase\r\n')).toBe(true);
  expect(csv).toContain('地区生产总值,158062000000,"完成1580.62亿元，增长2.1%, ""稳"""\r\n');
});

test('a formula-like text is kept as text; numbers stay numbers; absent is empty', () => {
  const csv = writeCsv(['a', 'b', 'c'], [{ a: '=HYPERLINK("x")', b: -3 }]);
  expect(csv).toContain(`"'=HYPERLINK(""x"")",-3,\r\n`);
});
