import type { z } from 'zod';

/** A number field's text as the schema should see it: blank is no number (the schema's 请输入… message). */
export function numberFromText(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** The schema's own first message for the value, or undefined when the value would be stored. */
export function schemaMessage(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : (result.error.issues[0]?.message ?? '填写有误');
}

/**
 * Checks a form field by field against the domain's zod schema, the same one the repository parses on
 * save, so the form can never accept what the store refuses, and says the schema's own words. Only the
 * fields given are checked (a form may fill the rest itself).
 */
export function useSchemaForm<S extends z.ZodRawShape>(
  schema: z.ZodObject<S>,
  values: { [K in keyof S]?: unknown },
): { errors: { [K in keyof S]?: string }; valid: boolean } {
  const errors: { [K in keyof S]?: string } = {};
  for (const key of Object.keys(values) as (keyof S & string)[]) {
    const field = schema.shape[key] as z.ZodType | undefined;
    if (field === undefined) continue;
    const message = schemaMessage(field, values[key]);
    if (message !== undefined) errors[key] = message;
  }
  return { errors, valid: Object.keys(errors).length === 0 };
}
