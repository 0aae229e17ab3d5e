import { zodRule, type FieldSchema } from '@jrpt/portal-kit';

/** zodRule for an optional field whose empty value is null (a cleared InputNumber) rather than ''. */
export function optionalRule(schema: FieldSchema) {
  return zodRule({ safeParse: (value: unknown) => schema.safeParse(value ?? undefined) });
}
