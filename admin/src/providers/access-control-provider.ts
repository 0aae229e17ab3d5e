import type { AccessControlProvider } from '@refinedev/core';
import { can } from '../access';
import { loadStaff } from './session';

export const accessControlProvider: AccessControlProvider = {
  can: async ({ resource, action }) => {
    const staff = await loadStaff().catch(() => null);
    return can(staff?.role, resource, action) ? { can: true } : { can: false, reason: '没有权限' };
  },
  options: { buttons: { enableAccessControl: true, hideIfUnauthorized: true } },
};
