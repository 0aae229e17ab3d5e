/** How application rows read: 申请记录 rows, staff inbox rows, and each kind's detail for a viewer. */
import {
  actionsFor,
  APPLICATION_TRANSITIONS,
  maskPhone,
  yuanToWan,
  type AdminApplicationRow,
  type ApplicationRecord,
  type ApplicationStatus,
  type BridgeApplicationDetail,
  type Gender,
  type LoanApplicationDetail,
  type LoanChannel,
  type LoanMethod,
  type ProductCategory,
  type RejectReasonCode,
  type RenewalApplicationDetail,
  type InstitutionType,
  type BorrowerType,
  type WorkflowActor,
} from '@jrpt/contracts';
import type { AppDeps, Principal } from '../../app-deps.js';
import { toIso, toIsoOrNull } from '../../db/knex.js';
import { toDateOnly } from '../../db/query-helpers.js';
import { searchListedProducts, summariesOf } from '../products/repository.js';
import { loadTimeline } from '../workflow/timeline.js';
import type { ApplicationKindDef, RecordRow } from './kinds.js';
import { consentOf, type DetailRow } from './repository.js';

const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const boolOrNull = (v: unknown) => (v === null || v === undefined ? null : Boolean(v));

export function toRecord(def: ApplicationKindDef, r: RecordRow): ApplicationRecord {
  return {
    id: Number(r.id),
    kind: def.kind,
    institutionId: Number(r.institution_id),
    institutionName: r.institution_name,
    institutionType: r.institution_type as InstitutionType,
    productId: numOrNull(r.product_id),
    productName: r.product_name,
    channel: r.channel as LoanChannel | null,
    amountYuan: Number(r.amount_yuan),
    termMonths: numOrNull(r.term_months),
    days: numOrNull(r.days),
    createdAt: toIso(r.created_at),
    purpose: r.purpose,
    status: r.status as ApplicationStatus,
    creditAmountYuan: numOrNull(r.credit_amount_yuan),
    disbursedAmountYuan: numOrNull(r.disbursed_amount_yuan),
    equityPercent: null,
    note: r.note,
    rejectReasonCode: r.reason_code as RejectReasonCode | null,
    updatedAt: toIso(r.updated_at),
    version: Number(r.version),
  };
}

const isOverdue = (r: RecordRow) =>
  r.status === 'submitted' && r.overdue_at !== null && r.overdue_at !== undefined;

export function toAdminRow(
  def: ApplicationKindDef,
  r: RecordRow,
  actor: WorkflowActor | null,
): AdminApplicationRow {
  return {
    ...toRecord(def, r),
    applicantName: r.contact_name,
    enterpriseName: r.enterprise_name,
    phoneMasked: maskPhone(r.contact_phone),
    respondBy: toIsoOrNull(r.respond_by),
    overdueAt: toIsoOrNull(r.overdue_at),
    overdue: isOverdue(r),
    actions: actor ? actionsFor(APPLICATION_TRANSITIONS, r.status as ApplicationStatus, actor) : [],
  };
}

/** What a viewer may see of a record and do with it. */
export interface Viewer {
  actor: WorkflowActor | null;
  /** The applicant's phone in full (else masked). */
  fullContact: boolean;
  /** The applicant's ID number in full (else masked). */
  fullIdNumber: boolean;
}

/**
 * The borrower sees their own phone; the institution processing it sees the contact and the ID number; the
 * office sees the contact; the government viewer only masked values.
 */
export function viewerOf(principal: Principal): Viewer {
  switch (principal.role) {
    case 'personal':
    case 'enterprise':
      return { actor: 'borrower', fullContact: true, fullIdNumber: false };
    case 'institution':
      return { actor: 'institution', fullContact: true, fullIdNumber: true };
    case 'office':
      return { actor: 'office', fullContact: true, fullIdNumber: false };
    default:
      return { actor: null, fullContact: false, fullIdNumber: false };
  }
}

async function detailCommon(deps: AppDeps, def: ApplicationKindDef, row: DetailRow, viewer: Viewer) {
  const [timeline, consent] = await Promise.all([
    loadTimeline(deps.db, def.subjectType, Number(row.id)),
    consentOf(deps.db, numOrNull(row.consent_id)),
  ]);
  const status = row.status as ApplicationStatus;
  return {
    ...toRecord(def, row),
    timeline,
    respondBy: status === 'submitted' ? toIsoOrNull(row.respond_by) : null,
    overdueAt: toIsoOrNull(row.overdue_at),
    consent: consent
      ? {
          agreementCode: consent.code,
          agreementTitle: consent.title,
          version: Number(consent.version),
          acceptedAt: toIso(consent.accepted_at),
        }
      : null,
    actions: viewer.actor ? actionsFor(APPLICATION_TRANSITIONS, status, viewer.actor) : [],
    contactMasked: !viewer.fullContact,
  };
}

const phoneFor = (phone: string, viewer: Viewer) => (viewer.fullContact ? phone : maskPhone(phone));

/** Other listed products that fit a rejected loan: same type, amount and term, other institutions, cheapest first. */
async function alternativesFor(deps: AppDeps, row: DetailRow) {
  const { rows } = await searchListedProducts(deps.db, {
    page: 1,
    pageSize: 20,
    sort: 'rate',
    category: row.product_category as ProductCategory,
    amountWan: yuanToWan(Number(row.amount_yuan)),
    termMonths: Number(row.term_months),
    // First-loan products only for a first-loan applicant.
    firstLoan: row.product_first_loan ? undefined : false,
  });
  const others = rows.filter((p) => Number(p.institution_id) !== Number(row.institution_id)).slice(0, 5);
  return summariesOf(deps.db, others);
}

export async function loanDetail(
  deps: AppDeps,
  def: ApplicationKindDef,
  row: DetailRow,
  viewer: Viewer,
): Promise<LoanApplicationDetail> {
  const idNumber =
    row.id_number_enc && viewer.fullIdNumber
      ? deps.fieldCipher.decrypt(String(row.id_number_enc))
      : ((row.id_number_masked as string | null) ?? null);
  return {
    ...(await detailCommon(deps, def, row, viewer)),
    applicantType: row.applicant_type as BorrowerType,
    applicantName: row.contact_name,
    applicantPhone: phoneFor(row.contact_phone, viewer),
    idNumber,
    enterpriseName: row.enterprise_name,
    uscc: (row.uscc as string | null) ?? null,
    annualIncomeYuan: numOrNull(row.annual_income_yuan),
    currentLoanTotalYuan: numOrNull(row.current_loan_total_yuan),
    hasEnforcement: boolOrNull(row.has_enforcement),
    hasOverdue: boolOrNull(row.has_overdue),
    productMinRateBp: numOrNull(row.product_min_rate_bp),
    alternatives:
      row.status === 'rejected' && viewer.actor === 'borrower' ? await alternativesFor(deps, row) : [],
  };
}

function contactDetail(row: DetailRow, viewer: Viewer) {
  return {
    regionId: Number(row.region_id),
    regionName: String(row.region_name),
    enterpriseName: String(row.enterprise_name),
    uscc: String(row.uscc),
    realName: String(row.real_name),
    gender: row.gender as Gender,
    phone: phoneFor(String(row.phone), viewer),
    maturityDate: toDateOnly(row.maturity_date) ?? '',
  };
}

export async function renewalDetail(
  deps: AppDeps,
  def: ApplicationKindDef,
  row: DetailRow,
  viewer: Viewer,
): Promise<RenewalApplicationDetail> {
  return {
    ...(await detailCommon(deps, def, row, viewer)),
    ...contactDetail(row, viewer),
    method: row.method as LoanMethod,
    rateBp: Number(row.rate_bp),
  };
}

export async function bridgeDetail(
  deps: AppDeps,
  def: ApplicationKindDef,
  row: DetailRow,
  viewer: Viewer,
): Promise<BridgeApplicationDetail> {
  return { ...(await detailCommon(deps, def, row, viewer)), ...contactDetail(row, viewer) };
}
