/**
 * Fill i18next's `{{name}}` placeholders, the one placeholder syntax of the
 * site, where i18next itself does not run: in the browser (src/client/labels.ts)
 * and in build steps that fill a template into an already written page (the PDF
 * sizes). A placeholder without a value is left as it is, so a missing value
 * shows instead of vanishing.
 */
export type InterpolationValues = Readonly<Record<string, string | number>>;

export function interpolate(template: string, values: InterpolationValues): string {
  return template.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : placeholder,
  );
}
