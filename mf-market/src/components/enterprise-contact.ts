/**
 * What the 续贷 (§2.11) and 转贷 forms share: who to contact (所属区域, 企业名称, 统一社会信用代码, 真实姓名,
 * 性别, 联系电话) and the 《用户授权协议》 tick, as the form holds them and as the API takes them.
 */
import type { BorrowerType, Gender } from '@jrpt/contracts';

export interface ContactFormValues {
  regionId?: number | null;
  enterpriseName?: string;
  uscc?: string;
  realName?: string;
  gender?: Gender | null;
  phone?: string;
  agreed?: boolean;
}

/** A picked date (antd's DatePicker gives a dayjs) as the API's YYYY-MM-DD. */
export type PickedDate = { format(template: string): string } | null | undefined;

const trimmed = (v: string | undefined) => (v ?? '').trim();

export function toContactRequest(values: ContactFormValues) {
  return {
    regionId: values.regionId ?? undefined,
    enterpriseName: trimmed(values.enterpriseName),
    uscc: trimmed(values.uscc).toUpperCase(),
    realName: trimmed(values.realName),
    gender: values.gender ?? undefined,
    phone: trimmed(values.phone),
    agreed: values.agreed === true,
  };
}

export function dateOf(value: PickedDate): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}

/** An enterprise starts with its own name and code; everyone with the account's phone. */
export function initialContact(user: {
  type: BorrowerType;
  phone: string;
  enterpriseName: string | null;
  uscc: string | null;
}): ContactFormValues {
  return {
    enterpriseName: user.type === 'enterprise' ? (user.enterpriseName ?? undefined) : undefined,
    uscc: user.type === 'enterprise' ? (user.uscc ?? undefined) : undefined,
    phone: user.phone,
    agreed: false,
  };
}

/** Dates before today (YYYY-MM-DD strings compare in calendar order): a passed 到期日 cannot be renewed. */
export function isBeforeDay(day: string, today: string): boolean {
  return day < today;
}
