import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { renewalApplicationInput } from '@jrpt/contracts';
import { initialContact, isBeforeDay } from '../../components/enterprise-contact';
import { toRenewalRequest } from './renewal-request';

const contact = {
  regionId: 2,
  enterpriseName: ' 天水市麦积区惠民农产品有限公司 ',
  uscc: '91620503ma74x1c46l',
  realName: '王五',
  gender: 'female' as const,
  phone: '13909386116 ',
  agreed: true,
};

describe('toRenewalRequest (§2.11)', () => {
  it('maps every field, the date as YYYY-MM-DD, and the API schema accepts it', () => {
    const body = toRenewalRequest({
      amountWan: 120.5,
      termMonths: 12,
      maturityDate: dayjs('2027-03-31'),
      method: 'guarantee',
      ratePercent: 4.35,
      institutionId: 1,
      ...contact,
    });
    expect(body).toEqual({
      amountWan: 120.5,
      termMonths: 12,
      maturityDate: '2027-03-31',
      method: 'guarantee',
      ratePercent: 4.35,
      institutionId: 1,
      regionId: 2,
      enterpriseName: '天水市麦积区惠民农产品有限公司',
      uscc: '91620503MA74X1C46L',
      realName: '王五',
      gender: 'female',
      phone: '13909386116',
      agreed: true,
    });
    expect(renewalApplicationInput.safeParse(body).success).toBe(true);
  });

  it('leaves cleared fields out, so the API names each one', () => {
    const body = toRenewalRequest({ amountWan: null, maturityDate: null, institutionId: null });
    const parsed = renewalApplicationInput.safeParse(body);
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['amountWan', 'maturityDate', 'institutionId', 'agreed']));
  });
});

describe('contact helpers', () => {
  it('prefills an enterprise name and code, never for a person', () => {
    const base = { phone: '13909386116', enterpriseName: '某公司', uscc: '91620503MA74X1C46L' };
    expect(initialContact({ type: 'enterprise', ...base })).toMatchObject({
      enterpriseName: '某公司',
      uscc: '91620503MA74X1C46L',
      phone: '13909386116',
    });
    expect(initialContact({ type: 'personal', ...base })).toEqual({
      enterpriseName: undefined,
      uscc: undefined,
      phone: '13909386116',
      agreed: false,
    });
  });
  it('disables only the days before today', () => {
    expect(isBeforeDay('2026-12-04', '2026-12-05')).toBe(true);
    expect(isBeforeDay('2026-12-05', '2026-12-05')).toBe(false);
  });
});
