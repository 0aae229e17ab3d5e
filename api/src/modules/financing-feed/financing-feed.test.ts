/** 融资动态: the latest applications and demands, newest first, with no name in full. */
import { describe, expect, it } from 'vitest';
import type { FinancingFeedItem } from '@jrpt/contracts';
import { anon, testApp } from '../../test/harness.js';
import {
  enterpriseForm,
  newEnterprise,
  newPersonal,
  personalForm,
  productId,
  submitLoan,
} from '../../test/loan-fixtures.js';
import { maskName } from './routes.js';

const t = testApp();

describe('maskName', () => {
  it.each([
    ['天水市麦积区惠民农产品有限公司', '天水***有限公司'],
    ['张三', '张*'],
    ['欧阳娜娜', '欧***'],
    ['王', '王*'],
    ['', '***'],
    [null, '***'],
  ])('%s → %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });
});

describe('GET /api/home/financing-feed', () => {
  it('shows the latest applications anonymised, newest first', async () => {
    const p = await newPersonal(t);
    const e = await newEnterprise(t);
    await submitLoan(p.agent, personalForm(await productId('安e贷', t), { applicantName: '王小明' }));
    await submitLoan(e.agent, enterpriseForm(await productId('抗疫贷', t), e.uscc!, { amountWan: 88 }));
    const res = await anon(t).get('/api/home/financing-feed').expect(200);
    const items = res.body as FinancingFeedItem[];
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.length).toBeLessThanOrEqual(10);
    // Ours is among the latest (tests with a clock of their own may have made later ones).
    const ours = items.find((i) => i.amountYuan === 880_000 && i.productName === '抗疫贷');
    expect(ours).toMatchObject({
      kind: 'loan',
      applicantMasked: '天水***有限公司',
      institutionName: '甘肃银行',
      productName: '抗疫贷',
      amountYuan: 880_000,
      status: 'submitted',
      statusLabel: '未受理',
    });
    const times = items.map((i) => i.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    const text = JSON.stringify(items);
    for (const secret of ['王小明', '天水市测试农产品有限公司', '13893812345', e.uscc!])
      expect(text).not.toContain(secret);
  });
});
