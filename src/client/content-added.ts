/**
 * Markup added to a page after load (a paragraph's other language, other-language.ts)
 * is announced with this bubbling event from the added element, so that elements that
 * enhance what is inside them at connect (glossary notes) enhance it too.
 */
export const CONTENT_ADDED = 'baogao:content-added';
