import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { bridgeApplicationInput } from '@jrpt/contracts';
import { toBridgeRequest } from './bridge-request';

const contact = {
  regionId: 2,
  enterpriseName: ' 天水市麦积区惠民农产品有限公司 ',
  uscc: '91620503ma74x1c46l',
  realName: '王五',
  gender: 'female' as const,
  phone: '13909386116 ',
  agreed: true,
};

describe('toBridgeRequest', () => {
  it('maps 转贷金额, 原贷款机构, 原贷款到期日 and 使用天数 with the contact', () => {
    const body = toBridgeRequest({
      amountWan: 200,
      institutionId: 3,
      maturityDate: dayjs('2027-01-15'),
      days: 15,
      ...contact,
    });
    expect(body).toMatchObject({ amountWan: 200, institutionId: 3, maturityDate: '2027-01-15', days: 15 });
    expect(bridgeApplicationInput.safeParse(body).success).toBe(true);
  });
});
