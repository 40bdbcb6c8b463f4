import type { SignBody } from '../signing.js';

/** The fields a signed-message template may name: `{timestamp}.{body}`, `{url}{body}`… */
export type TemplateField = 'body' | 'timestamp' | 'id' | 'url' | 'method' | (string & {});

/** A template split once into literal text and field names, so each request only fills it in. */
export interface Template {
  readonly parts: readonly (string | { readonly field: TemplateField })[];
  /** Whether a field appears: the URL is built only for templates that sign it. */
  has(field: TemplateField): boolean;
  /** Whether the template is `{body}` alone. */
  readonly bodyOnly: boolean;
}

export function compileTemplate(text: string): Template {
  const parts: (string | { field: string })[] = [];
  const fields = new Set<string>();
  let last = 0;
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ field: match[1]! });
    fields.add(match[1]!);
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return { parts, has: (field) => fields.has(field), bodyOnly: text === '{body}' };
}

/**
 * The message to sign: text around the body merged into one string each side,
 * the body kept apart as given (bytes or text), so it is never copied.
 */
export function fillTemplate(template: Template, fields: { readonly body?: SignBody; readonly [field: string]: SignBody | undefined }): (string | SignBody)[] {
  const message: (string | SignBody)[] = [];
  let text = '';
  for (const part of template.parts) {
    if (typeof part !== 'string' && part.field === 'body') {
      if (text) message.push(text);
      message.push(fields['body'] ?? '');
      text = '';
      continue;
    }
    text += typeof part === 'string' ? part : (fields[part.field] ?? '');
  }
  if (text || message.length === 0) message.push(text);
  return message;
}
