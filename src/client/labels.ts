/**
 * The one way UI strings reach client code: the component renders the element
 * with `data-labels`, the JSON of the i18next templates it needs
 * (labelTemplates in src/i18n/translator.ts), and the element fills their
 * `{{x}}` placeholders here. No string is written in client code.
 */
import { interpolate, type InterpolationValues } from '../i18n/interpolate.ts';
import type { UiKey } from '../i18n/schema.ts';

export type Label = (key: UiKey, values?: InterpolationValues) => string;

export function readLabels(element: HTMLElement): Label {
  const templates = JSON.parse(element.dataset['labels'] ?? '{}') as Partial<Record<UiKey, string>>;
  // A key the component forgot shows as itself, visibly, rather than as an empty label.
  return (key, values = {}) => interpolate(templates[key] ?? key, values);
}
