import { describe, expect, it } from 'vitest';
import { institutionInput, productInput } from '@jrpt/contracts';
import { zodMessage, zodRule, zodRules } from './zod-rule';

const rules = zodRules(productInput);
const run = async (field: keyof typeof rules, value: unknown) => {
  const rule = rules[field][0] as { validator: (rule: unknown, value: unknown) => Promise<void> };
  try {
    await rule.validator({}, value);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
};

describe('zod rules for antd forms', () => {
  it('uses the contracts message for a bad value', async () => {
    expect(await run('name', 'a')).toBe('产品名称至少2个字');
    expect(await run('minRatePercent', 40)).toBe('最低利率不能超过36%');
    expect(await run('minRatePercent', 4.055)).toBe('最低利率最多两位小数');
    expect(await run('maxTermMonths', 1.5)).toBe('最长期限必须是整数月');
    expect(await run('methods', [])).toBe('请至少选择一种融资方式');
  });

  it('passes good values', async () => {
    expect(await run('name', '抗疫贷')).toBeNull();
    expect(await run('minRatePercent', 4.05)).toBeNull();
    expect(await run('maxAmountWan', 300)).toBeNull();
    expect(await run('methods', ['credit'])).toBeNull();
    expect(await run('features', '')).toBeNull();
  });

  it('asks for an empty required field by its name', async () => {
    expect(await run('name', '')).toBe('请填写产品名称');
    expect(await run('maxAmountWan', null)).toBe('请填写最高额度');
    expect(await run('maxTermMonths', undefined)).toBe('请填写最长期限');
  });

  it('marks required fields and leaves optional ones unmarked', () => {
    expect(zodRule(productInput.shape.name)).toMatchObject({ required: true });
    expect(zodRule(productInput.shape.features)).toMatchObject({ required: false });
    expect(zodRule(productInput.shape.tags)).toMatchObject({ required: false });
    expect(zodRule(institutionInput.shape.regionIds)).toMatchObject({ required: true });
  });

  it('checks the institution form with its schema too', () => {
    expect(zodMessage(institutionInput.shape.regionIds, [])).toBe('请至少选择一个服务区域');
    expect(zodMessage(institutionInput.shape.type, 'bank')).toBeNull();
    expect(zodMessage(institutionInput.shape.type, 'x')).toContain('机构类型不正确');
  });
});
