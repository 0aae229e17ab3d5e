import dataProviderSimpleRest from '@refinedev/simple-rest';
import { http } from './http';

/** Refine's simple-rest conventions (`_start`, `_end`, `_sort`, `_order`, `field_like`, X-Total-Count) on `/api/admin`. */
export const dataProvider = dataProviderSimpleRest('/api/admin', http);
