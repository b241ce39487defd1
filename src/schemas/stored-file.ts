/**
 * Every file under content/ is read and written through its schema: the JSON is
 * parsed, validated, and every problem reported on a line of its own as
 *
 *     content/reports/taiyuan-xiaodian/2024/report.json: error: speaker.name: missing (expected a string)
 *
 * (file, field path, what is wrong), so an editor can go straight to it. Ingest
 * validates what it is about to write with the same schemas, so a bug in ingest
 * fails there instead of writing content the site then refuses.
 *
 * Pure (no file system): the `*-fs.ts` readers in src/content/ and the ingest
 * pipeline both build on it.
 */
import type { z } from 'astro/zod';

/** A stored file that is not valid JSON or does not match its schema. */
export class StoredFileError extends Error {
  /** One `<file>: error: <field>: <problem>` line per problem. */
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'StoredFileError';
    this.problems = problems;
  }
}

/** Parse a stored file's text and validate it: the typed value, defaults applied. */
export function parseStoredFile<S extends z.ZodType>(schema: S, raw: string, path: string): z.output<S> {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new StoredFileError([`${path}: error: not valid JSON (${(error as Error).message})`]);
  }
  return checkStoredValue(schema, data, path);
}

/** Validate a value read from, or about to be written to, the file at `path`. */
export function checkStoredValue<S extends z.ZodType>(schema: S, value: unknown, path: string): z.output<S> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  throw new StoredFileError(result.error.issues.map((issue) => `${path}: error: ${describeIssue(issue)}`));
}

/**
 * The text to write for a value, after validating it: two-space JSON with a
 * final newline. The value is written as given (its key order, no defaults
 * filled in), so a file ingest writes twice stays byte for byte the same.
 */
export function stringifyStoredFile<S extends z.ZodType>(schema: S, value: z.input<S>, path: string): string {
  checkStoredValue(schema, value, path);
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** `uses[0].block`, `reports["taiyuan-xiaodian/2024"].anchors[3]`; '' for the whole file. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (/^[A-Za-z_$][\w$]*$/.test(name)) return index === 0 ? name : `.${name}`;
      return `[${JSON.stringify(name)}]`;
    })
    .join('');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = formatFieldPath(issue.path);
  const problem = describeProblem(issue);
  return field ? `${field}: ${problem}` : problem;
}

function describeProblem(issue: z.core.$ZodIssue): string {
  const found = 'input' in issue ? describeValue(issue.input) : 'nothing';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `missing (expected ${article(issue.expected)})`
        : `expected ${article(issue.expected)}, found ${found}`;
    case 'invalid_value':
      return `expected ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}, found ${found}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')} (a typo? src/schemas/ lists every field)`;
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return 'must not be empty';
      if (issue.origin === 'array') return `must have at least ${issue.minimum} entr${issue.minimum === 1 ? 'y' : 'ies'}`;
      return `must be at least ${issue.minimum}, found ${found}`;
    case 'too_big':
      return `must be at most ${issue.maximum}, found ${found}`;
    case 'invalid_key':
      return `bad key: ${issue.issues.map((inner) => inner.message).join('; ')}`;
    case 'invalid_format':
      return `${issue.message}, found ${found}`;
    default:
      return issue.message;
  }
}

function article(type: string): string {
  if (type === 'array') return 'a list';
  if (type === 'object') return 'an object';
  if (type === 'int') return 'a whole number';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
