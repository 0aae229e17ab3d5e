import { describe, expect, it } from 'vitest';
import { financingDemandInput } from '@jrpt/contracts';
import { contractRule } from './rules';

const check = (rule: ReturnType<typeof contractRule>, value: unknown) =>
  rule.validator({}, value).then(
    () => null,
    (e: Error) => e.message,
  );

describe('contractRule', () => {
  const amount = contractRule(financingDemandInput.shape.amountWan, '请填写融资金额');

  it('says 请填写 for a cleared InputNumber (null) instead of a number message', async () => {
    expect(await check(amount, null)).toBe('请填写融资金额');
    expect(await check(amount, undefined)).toBe('请填写融资金额');
  });

  it('uses the contract messages otherwise', async () => {
    expect(await check(amount, 0)).toBe('融资金额必须大于0');
    expect(await check(amount, 100_001)).toBe('融资金额不能超过100000万元');
    expect(await check(amount, 12.5)).toBeNull();
  });

  it('lets a text schema name the missing field itself', async () => {
    expect(await check(contractRule(financingDemandInput.shape.contactName), '  ')).toBe('请填写真实姓名');
    expect(await check(contractRule(financingDemandInput.shape.contactPhone), '1880938611')).toMatch(
      /联系电话格式不正确/,
    );
  });
});
