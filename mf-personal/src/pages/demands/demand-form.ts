/** 发布融资需求 (§2.7): the form's values, 期望机构 (不限 or several), and the request the API takes. Pure. */
import type { BorrowerType, DemandMethod, FinancingDemandForm, Gender } from '@jrpt/contracts';
import { buildUrl } from '@jrpt/portal-kit';

/** 不限 or an institution's id: 不限 excludes the others. */
export type InstitutionChoice = 'unlimited' | number;
export const UNLIMITED = 'unlimited';

export interface DemandFormValues {
  amountWan?: number | null;
  termMonths?: number | null;
  purpose?: string;
  method: DemandMethod;
  rateMinPercent?: number | null;
  rateMaxPercent?: number | null;
  institutionIds: InstitutionChoice[];
  regionId?: number;
  contactName?: string;
  gender?: Gender;
  contactPhone?: string;
  enterpriseName?: string;
}

/** Each form field the API may name in a 400. */
export const DEMAND_FORM_FIELDS = [
  'amountWan',
  'termMonths',
  'purpose',
  'method',
  'rateMinPercent',
  'rateMaxPercent',
  'institutionIds',
  'regionId',
  'contactName',
  'gender',
  'contactPhone',
  'enterpriseName',
] as const;

/** 发布首贷需求 is the same form with ?channel=first_loan. */
export const isFirstLoanChannel = (params: URLSearchParams) => params.get('channel') === 'first_loan';

/** The institutions a demand may name: the banks of §2.7, in the API's order. */
export const DEMAND_INSTITUTIONS_URL = buildUrl('/api/institutions', { type: 'bank', pageSize: 100 });

/**
 * The 期望机构 checkboxes after a click: ticking 不限 clears the institutions, ticking an institution
 * clears 不限.
 */
export function nextInstitutionChoice(
  previous: readonly InstitutionChoice[],
  next: readonly InstitutionChoice[],
): InstitutionChoice[] {
  const added = next.filter((c) => !previous.includes(c));
  if (added.includes(UNLIMITED)) return [UNLIMITED];
  if (added.length > 0) return next.filter((c) => c !== UNLIMITED);
  return [...next];
}

/** The named institutions of a choice; none means 不限 (the pool). */
export function institutionIdsOf(choice: readonly InstitutionChoice[]): number[] {
  return choice.filter((c): c is number => typeof c === 'number');
}

/** The message the contracts give when the range is upside down, or null when it is fine or not complete. */
export function rateRangeError(
  min: number | null | undefined,
  max: number | null | undefined,
): string | null {
  if (typeof min !== 'number' || typeof max !== 'number') return null;
  return min > max ? '期望利率的最高值不能低于最低值' : null;
}

/**
 * The body of POST /api/financing-demands (and of the recommendations) from the form's values. Partial:
 * what the form left empty is left out, and the API names it.
 */
export function toDemandInput(
  v: DemandFormValues,
  opts: { borrowerType: BorrowerType; firstLoan: boolean },
): Partial<FinancingDemandForm> {
  return {
    amountWan: v.amountWan ?? undefined,
    termMonths: v.termMonths ?? undefined,
    purpose: v.purpose?.trim(),
    method: v.method,
    rateMinPercent: v.rateMinPercent ?? undefined,
    rateMaxPercent: v.rateMaxPercent ?? undefined,
    institutionIds: institutionIdsOf(v.institutionIds),
    regionId: v.regionId,
    contactName: v.contactName?.trim(),
    gender: v.gender,
    contactPhone: v.contactPhone?.trim(),
    enterpriseName: opts.borrowerType === 'enterprise' ? v.enterpriseName?.trim() : undefined,
    firstLoan: opts.firstLoan,
  };
}

/** A fresh form: 融资方式 and 期望机构 不限, the contact prefilled from the account. */
export function initialDemandValues(user: {
  type: BorrowerType;
  phone: string;
  enterpriseName: string | null;
}): DemandFormValues {
  return {
    method: 'unlimited',
    institutionIds: [UNLIMITED],
    purpose: user.type === 'enterprise' ? '经营性融资' : undefined,
    contactPhone: user.phone,
    enterpriseName: user.enterpriseName ?? undefined,
  };
}
