/**
 * Decode a raw report file. Text and Markdown: UTF-8 only: a BOM is dropped and
 * CRLF/CR line endings are normalised (both with a warning); bytes that are not
 * UTF-8 (typically GBK from Windows tools) are an error with the conversion
 * command to run. HTML pages are decoded as their `<meta charset>` says (GBK,
 * GB2312 and GB18030 through iconv-lite as GB18030, their superset; Big5 too).
 */
import iconv from 'iconv-lite';
import type { Diagnostics } from './diagnostics.ts';
import { declaredCharset, isChineseLegacyCharset } from './formats/html-charset.ts';

export interface SourceText {
  /** The text with LF line endings and no BOM. */
  text: string;
  /** SHA-256 of the file's bytes exactly as given. */
  sha256: string;
  /** The encoding the text was decoded from. */
  encoding: string;
}

export async function decodeSource(
  bytes: Uint8Array,
  diagnostics: Diagnostics,
  options: { html?: boolean } = {},
): Promise<SourceText | undefined> {
  const { createHash } = await import('node:crypto');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length === 0) {
    diagnostics.error(0, 'the file is empty; expected the text of a government work report');
    return undefined;
  }
  if (options.html) return decodeHtml(bytes, sha256, diagnostics);
  // Windows Notepad's "Unicode": UTF-16 with its byte-order mark.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    diagnostics.warning(1, `the file is ${utf16.toUpperCase()} (it starts with that byte-order mark); it was read as such`);
    return { text: new TextDecoder(utf16).decode(bytes).replace(/\r\n?/g, '\n'), sha256, encoding: utf16.toUpperCase() };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const gbk = new TextDecoder('gbk').decode(bytes);
    const looksChinese = /[\u4e00-\u9fff]{4}/.test(gbk);
    const line = firstInvalidUtf8Line(bytes);
    diagnostics.error(
      line,
      looksChinese
        ? 'the file is not UTF-8 but looks like GBK/GB18030; convert it first: iconv -f GB18030 -t UTF-8 in.md > out.md (or save the page as .html, which is read as its charset says)'
        : 'the file is not valid UTF-8 text',
    );
    return undefined;
  }
  // TextDecoder drops a UTF-8 BOM silently, so look at the bytes.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    diagnostics.warning(1, 'the file starts with a byte-order mark (BOM); it was ignored');
  }
  if (/\r/.test(text)) {
    diagnostics.warning(lineOf(text, text.indexOf('\r')), 'the file has CRLF or CR line endings; they were read as LF');
    text = text.replace(/\r\n?/g, '\n');
  }
  if (text.trim() === '') {
    diagnostics.error(0, 'the file contains only whitespace; expected the text of a government work report');
    return undefined;
  }
  return { text, sha256, encoding: 'UTF-8' };
}

function decodeHtml(bytes: Uint8Array, sha256: string, diagnostics: Diagnostics): SourceText | undefined {
  const declared = declaredCharset(bytes);
  const charset = declared && isChineseLegacyCharset(declared) ? 'gb18030' : declared;
  let text: string;
  let encoding: string;
  if (!charset || charset === 'utf-8' || charset === 'utf8') {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'UTF-8';
    } catch {
      if (declared) {
        diagnostics.error(firstInvalidUtf8Line(bytes), 'the page declares UTF-8 but its bytes are not UTF-8');
        return undefined;
      }
      text = iconv.decode(Buffer.from(bytes), 'gb18030');
      encoding = 'GB18030';
      diagnostics.warning(0, 'the page declares no charset and is not UTF-8; it was read as GB18030');
    }
  } else if (isChineseLegacyCharset(charset) && isValidUtf8WithNonAscii(bytes)) {
    // A page re-saved or converted to UTF-8 whose <meta> still says gb2312: the bytes decide.
    text = new TextDecoder('utf-8').decode(bytes);
    encoding = `UTF-8 (the page declares ${declared}, but its bytes are UTF-8)`;
    diagnostics.warning(0, `the page declares the charset ${declared} but its bytes are valid UTF-8; it was read as UTF-8`);
  } else if (iconv.encodingExists(charset)) {
    text = iconv.decode(Buffer.from(bytes), charset);
    encoding = `${charset.toUpperCase()} (declared ${declared})`;
  } else {
    diagnostics.error(0, `the page declares the charset "${declared}", which cannot be read; save it as UTF-8`);
    return undefined;
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.includes('\uFFFD'))
    diagnostics.warning(lineOf(text, text.indexOf('\uFFFD')), `bytes that are not valid ${encoding} were replaced by �`);
  return { text, sha256, encoding };
}

function isValidUtf8WithNonAscii(bytes: Uint8Array): boolean {
  if (!bytes.some((byte) => byte >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** Line of the first byte sequence that is not valid UTF-8. */
function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    const length = byte < 0x80 ? 1 : byte >= 0xf0 && byte < 0xf8 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 && byte < 0xe0 ? 2 : 0;
    if (length === 0) return line;
    for (let k = 1; k < length; k++) {
      const next = bytes[index + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return line;
    }
    if (byte === 0x0a) line++;
    index += length;
  }
  return line;
}
