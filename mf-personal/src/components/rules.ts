import { zodRule, type FieldSchema } from '@jrpt/portal-kit';

const isEmpty = (v: unknown) =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.length === 0);

/**
 * An antd rule from a contract field schema. A cleared InputNumber gives null, which the schema should see
 * as missing; `emptyMessage` (请填写融资金额) replaces what a number schema says about a missing value.
 */
export function contractRule(schema: FieldSchema, emptyMessage?: string) {
  const rule = zodRule({ safeParse: (value: unknown) => schema.safeParse(value ?? undefined) });
  return {
    validator: async (r: unknown, value: unknown): Promise<void> => {
      if (emptyMessage && isEmpty(value)) throw new Error(emptyMessage);
      return rule.validator(r, value);
    },
  };
}
