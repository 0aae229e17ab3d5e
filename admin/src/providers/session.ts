/** The logged-in staff member, fetched from `/api/admin/auth/me` and shared by the auth and access providers. */
import type { CurrentStaff, StaffRole } from '@jrpt/contracts';
import { STAFF_ROLE_LABELS } from '@jrpt/contracts';
import { http, isHttpError } from './http';

export interface StaffIdentity {
  id: number;
  /** Shown in the header. */
  name: string;
  username: string;
  role: StaffRole;
  /** 金融办 / 金融机构 · 甘肃银行 / 政府机构 */
  roleLabel: string;
  institutionId: number | null;
  institutionName: string | null;
}

export function toIdentity(staff: CurrentStaff): StaffIdentity {
  const roleLabel =
    staff.role === 'institution' && staff.institutionName
      ? `${STAFF_ROLE_LABELS.institution} · ${staff.institutionName}`
      : STAFF_ROLE_LABELS[staff.role];
  return {
    id: staff.id,
    name: staff.displayName,
    username: staff.username,
    role: staff.role,
    roleLabel,
    institutionId: staff.institutionId,
    institutionName: staff.institutionName,
  };
}

let current: Promise<StaffIdentity | null> | null = null;

/** The current staff member, or null when nobody is logged in. One request is shared until `forgetStaff()`. */
export function loadStaff(): Promise<StaffIdentity | null> {
  current ??= http
    .get<{ staff: CurrentStaff }>('/api/admin/auth/me')
    .then((res) => toIdentity(res.data.staff))
    .catch((error: unknown) => {
      current = null;
      if (isHttpError(error) && (error.statusCode === 401 || error.statusCode === 403)) return null;
      throw error;
    });
  return current;
}

export function rememberStaff(staff: CurrentStaff) {
  current = Promise.resolve(toIdentity(staff));
}

export function forgetStaff() {
  current = null;
}
