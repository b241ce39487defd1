/**
 * content/reports/<region>/<year>/report.json: the title block of a report and
 * where its text came from, as ingest read them from the source. The text
 * itself is in zh.mdx beside it, the notes in glossary.json, the English in
 * en.json.
 *
 *     { "region": "taiyuan-xiaodian", "year": 2024, "title": "政府工作报告",
 *       "dateline": "——2024年2月21日在太原市小店区第六届人民代表大会第五次会议上",
 *       "deliveredOn": "2024-02-21", "place": "太原市小店区", "occasion": "第六届人民代表大会第五次会议",
 *       "byline": "区长 康建斌", "speaker": { "name": "康建斌", "role": "区长" }, "language": "zh-CN",
 *       "source": { "file": "sources/taiyuan-xiaodian-2024.zh.md", "sha256": "ac2e…" } }
 */
import { z } from 'astro/zod';
import { regionSlugSchema } from './ids.ts';

export const reportFileSchema = z.strictObject({
  /** Slug of the issuing region (an entry of regions.json); also the report's folder. */
  region: regionSlugSchema,
  /** The year the report is filed under (its folder); a report delivered in December counts for the next year. */
  year: z.number().int().min(1949).max(2100),
  /** The title as printed, e.g. 政府工作报告 (or the page headline, or --title). */
  title: z.string().min(1),
  /** The dateline exactly as printed, line breaks removed. */
  dateline: z.string(),
  /** The date the report was delivered, ISO, read from the dateline (or --delivered-on). */
  deliveredOn: z.iso.date({ error: 'must be a date such as 2024-02-21' }),
  /** The place named in the dateline, e.g. 太原市小店区; the region's Chinese name when the dateline names none. */
  place: z.string().min(1),
  /** The session the report was delivered at, e.g. 第六届人民代表大会第五次会议; '' when the dateline names none. */
  occasion: z.string(),
  /** The byline exactly as printed, e.g. 区长 康建斌; '' when the source has none. */
  byline: z.string(),
  /** A document header line above the title, e.g. ××县第十届人民代表大会第二次会议文件; absent when the source has none. */
  header: z.string().min(1).optional(),
  /** The speaker, read out of the byline (or --speaker). */
  speaker: z.strictObject({
    /** The speaker's name, e.g. 康建斌; '' when the source names none. */
    name: z.string(),
    /** The speaker's office, e.g. 区长 or 代县长; '' when the source names none. */
    role: z.string(),
  }),
  /** Language of the text in zh.mdx: always zh-CN, the original. */
  language: z.literal('zh-CN'),
  /** The source of record, kept verbatim under content/sources/. */
  source: z.strictObject({
    /** Path under content/, e.g. sources/taiyuan-xiaodian-2024.zh.md. */
    file: z.string().regex(/^sources\/[^/]+$/, 'must be a file under sources/, e.g. sources/taiyuan-xiaodian-2024.zh.md'),
    /** SHA-256 of the source file, hex. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits'),
  }),
  /** True for a test or benchmark fixture, which is never published; default false. */
  fixture: z.boolean().default(false),
});

/** report.json as read: defaults applied. */
export type ReportFile = z.output<typeof reportFileSchema>;
/** report.json as written: optional fields may be left out. */
export type ReportFileInput = z.input<typeof reportFileSchema>;
