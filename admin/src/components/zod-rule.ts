/**
 * antd form rules that run the contracts' zod schemas, so a form checks exactly what the API checks and
 * says it with the same Chinese message. Rules are never re-typed in a page.
 */
import type { FormRule } from 'antd';
import type { z } from 'zod';

const isEmpty = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** The field's Chinese name from its schema's meta title, without the unit in brackets: 最高额度（万元） → 最高额度. */
function fieldTitle(schema: z.ZodType): string | undefined {
  const title = schema.meta()?.title;
  return typeof title === 'string' ? title.replace(/（[^）]*）$/, '') : undefined;
}

/** The first message zod gives for this value, or null when the value passes. */
export function zodMessage(schema: z.ZodType, value: unknown): string | null {
  const empty = isEmpty(value);
  const result = schema.safeParse(empty ? undefined : value);
  if (result.success) return null;
  const message = result.error.issues[0]?.message ?? '格式不正确';
  // Numbers coerce a missing value to NaN and would say "必须是数字": for an empty field, ask for it.
  if (empty && !message.startsWith('请')) {
    const title = fieldTitle(schema);
    if (title) return `请填写${title}`;
  }
  return message;
}

/** One antd rule for one field schema; it marks the field required when the schema does not accept "nothing". */
export function zodRule(schema: z.ZodType): FormRule {
  return {
    required: !schema.safeParse(undefined).success,
    validator: async (_rule, value: unknown) => {
      const message = zodMessage(schema, value);
      if (message) throw new Error(message);
    },
  };
}

/** `const rules = zodRules(productInput); <Form.Item name="name" rules={rules.name}>` */
export function zodRules<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
): { [K in keyof Shape]: FormRule[] } {
  const out = {} as { [K in keyof Shape]: FormRule[] };
  for (const key of Object.keys(schema.shape) as (keyof Shape)[]) {
    out[key] = [zodRule(schema.shape[key] as unknown as z.ZodType)];
  }
  return out;
}
