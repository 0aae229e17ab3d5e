import type { AuthProvider } from '@refinedev/core';
import type { CurrentStaff, StaffLoginRequest } from '@jrpt/contracts';
import { http, isHttpError } from './http';
import { forgetStaff, loadStaff, rememberStaff } from './session';

export const authProvider: AuthProvider = {
  login: async (params: StaffLoginRequest) => {
    try {
      const { data } = await http.post<{ staff: CurrentStaff }>('/api/admin/auth/login', params);
      rememberStaff(data.staff);
      return { success: true, redirectTo: '/' };
    } catch (error) {
      forgetStaff();
      const message = isHttpError(error) ? error.message : '登录失败，请稍后重试';
      return {
        success: false,
        error: { name: '登录失败', message, ...(isHttpError(error) ? { cause: error } : {}) },
      };
    }
  },

  logout: async () => {
    try {
      await http.post('/api/admin/auth/logout');
    } catch {
      // The session may already be gone; leaving the console is what matters.
    }
    forgetStaff();
    return { success: true, redirectTo: '/login' };
  },

  check: async () => {
    try {
      const staff = await loadStaff();
      if (staff) return { authenticated: true };
    } catch {
      // The API is unreachable: send the user to the login page, which says so.
    }
    return { authenticated: false, redirectTo: '/login', logout: true };
  },

  getIdentity: async () => loadStaff(),

  getPermissions: async () => (await loadStaff())?.role ?? null,

  onError: async (error: unknown) => {
    if (isHttpError(error) && error.statusCode === 401) {
      forgetStaff();
      return { logout: true, redirectTo: '/login', error };
    }
    return {};
  },
};
