/**
 * Who may do what in the staff console: one pure function, the single source for the menu, the buttons
 * and the routes. The API enforces the same rules on every request; this only keeps the screen honest.
 * Per-record limits (an institution's own products, a product's status) come with each row from the API
 * (`actions`, `editable`), computed from the same contracts table.
 */
import { PRODUCT_TRANSITIONS, type ProductAction, type StaffRole } from '@jrpt/contracts';

export type Resource = 'dashboard' | 'institutions' | 'products' | 'articles' | 'audit-logs' | 'regions';

/** Refine's page actions, plus the product state-machine transitions (`transition:<api action>`). */
export type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | `transition:${ProductAction}`;

type PageAction = Exclude<Action, `transition:${string}`>;

const READ = ['list', 'show'] as const;

const GRANTS: Record<Exclude<StaffRole, 'office'>, Partial<Record<Resource, readonly PageAction[]>>> = {
  institution: {
    dashboard: ['list'],
    // Its own institution only: there is no list to browse.
    institutions: ['show'],
    products: [...READ, 'create', 'edit'],
    regions: READ,
  },
  government: {
    dashboard: ['list'],
    institutions: READ,
    products: READ,
    articles: READ,
    regions: READ,
  },
};

export function can(
  role: StaffRole | null | undefined,
  resource: string | undefined,
  action: string,
): boolean {
  if (!role) return false;
  if (action.startsWith('transition:')) {
    const transition = action.slice('transition:'.length);
    return (
      resource === 'products' &&
      PRODUCT_TRANSITIONS.some((t) => t.action === transition && t.roles.includes(role))
    );
  }
  if (role === 'office') return true;
  const grants = GRANTS[role][(resource ?? 'dashboard') as Resource];
  return grants !== undefined && (grants as readonly string[]).includes(action);
}
