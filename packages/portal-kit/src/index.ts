export { ApiError, apiFetch, buildUrl, errorMessage, CSRF_COOKIE } from './api.js';
export type { ApiFetchOptions, Query, QueryValue } from './api.js';
export { useApi, useCurrentUser, logout, setCurrentUser, fetcher, CURRENT_USER_KEY } from './swr.js';
export type { CurrentUserState } from './swr.js';
export { money, wan, rate, date, dateTime, maskPhone, dayjs, TIME_ZONE } from './format.js';
export { applyFieldErrors, zodRule, fieldPath } from './form.js';
export type { FieldError, FieldsSetter, FieldSchema } from './form.js';
export { useSite, usePageTitle, pageTitle, SITE_KEY } from './site.js';
