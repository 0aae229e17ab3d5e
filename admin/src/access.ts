/**
 * Who may do what in the staff console: one pure function, the single source for the menu, the buttons
 * and the routes. The API enforces the same rules on every request; this only keeps the screen honest.
 * Per-record limits (an institution's own products, a record's status, a demand still in the pool) come
 * with each row from the API (`actions`, `editable`), computed from the same contracts tables.
 */
import {
  APPLICATION_TRANSITIONS,
  DEMAND_TRANSITIONS,
  PRODUCT_TRANSITIONS,
  type ApplicationAction,
  type DemandStaffAction,
  type ProductAction,
  type StaffRole,
  type WorkflowActor,
  type WorkflowTransition,
} from '@jrpt/contracts';

export const APPLICATION_RESOURCES = [
  'loan-applications',
  'renewal-applications',
  'bridge-applications',
] as const;
export type ApplicationResource = (typeof APPLICATION_RESOURCES)[number];

export type Resource =
  | 'dashboard'
  | 'institutions'
  | 'products'
  | 'articles'
  | 'audit-logs'
  | 'regions'
  | ApplicationResource
  | 'financing-demands';

/** Refine's page actions, plus the state-machine transitions (`transition:<api action>`). */
export type Action =
  | 'list'
  | 'show'
  | 'create'
  | 'edit'
  | 'delete'
  | `transition:${ProductAction | ApplicationAction | DemandStaffAction}`;

type PageAction = Exclude<Action, `transition:${string}`>;

const READ = ['list', 'show'] as const;

const GRANTS: Record<Exclude<StaffRole, 'office'>, Partial<Record<Resource, readonly PageAction[]>>> = {
  institution: {
    dashboard: ['list'],
    // Its own institution only: there is no list to browse.
    institutions: ['show'],
    products: [...READ, 'create', 'edit'],
    regions: READ,
    // Its own inbox: the API lists only what is addressed to its institution (and the demand pool).
    'loan-applications': READ,
    'renewal-applications': READ,
    'bridge-applications': READ,
    'financing-demands': READ,
  },
  government: {
    dashboard: ['list'],
    institutions: READ,
    products: READ,
    articles: READ,
    regions: READ,
    'loan-applications': READ,
    'renewal-applications': READ,
    'bridge-applications': READ,
    'financing-demands': READ,
  },
};

/** The workflow actor a staff role acts as; the government reads and never acts. */
const WORKFLOW_ACTOR: Record<StaffRole, WorkflowActor | null> = {
  office: 'office',
  institution: 'institution',
  government: null,
};

/** 关联产品 (归属产品) changes no status, so it is not in the table: the institution holding the demand does it. */
const DEMAND_EXTRA: Record<string, readonly WorkflowActor[]> = { attach_product: ['institution'] };

function tableAllows(
  table: readonly WorkflowTransition<string, string>[],
  action: string,
  actor: WorkflowActor | null,
): boolean {
  return actor !== null && table.some((t) => t.action === action && t.by.includes(actor));
}

function transitionAllowed(role: StaffRole, resource: string | undefined, transition: string): boolean {
  const actor = WORKFLOW_ACTOR[role];
  if (resource === 'products')
    return PRODUCT_TRANSITIONS.some((t) => t.action === transition && t.roles.includes(role));
  if ((APPLICATION_RESOURCES as readonly string[]).includes(resource ?? ''))
    return tableAllows(APPLICATION_TRANSITIONS, transition, actor);
  if (resource === 'financing-demands')
    return (
      tableAllows(DEMAND_TRANSITIONS, transition, actor) ||
      (actor !== null && (DEMAND_EXTRA[transition]?.includes(actor) ?? false))
    );
  return false;
}

export function can(
  role: StaffRole | null | undefined,
  resource: string | undefined,
  action: string,
): boolean {
  if (!role) return false;
  if (action.startsWith('transition:'))
    return transitionAllowed(role, resource, action.slice('transition:'.length));
  if (role === 'office') return true;
  const grants = GRANTS[role][(resource ?? 'dashboard') as Resource];
  return grants !== undefined && (grants as readonly string[]).includes(action);
}
