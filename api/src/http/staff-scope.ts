/** What a staff member may see: the office and government everything, institution staff only their own institution. */
import type { StaffRole } from '@jrpt/contracts';
import type { Principal } from '../app-deps.js';
import { forbidden } from './errors.js';

export function staffRoleOf(principal: Principal): StaffRole {
  const role = principal.role;
  if (role === 'office' || role === 'institution' || role === 'government') return role;
  throw forbidden();
}

/** The institution a staff member is confined to, or null when they see every institution. */
export function institutionScope(principal: Principal): number | null {
  if (staffRoleOf(principal) !== 'institution') return null;
  if (principal.institutionId === null) throw forbidden('该账号未绑定金融机构');
  return principal.institutionId;
}
