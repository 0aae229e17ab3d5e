import { z } from 'zod';
import { agreement, AGREEMENT_CODES, AGREEMENT_TITLES, oneOf } from '@jrpt/contracts';
import { defineRoute, PUBLIC } from '../../http/route.js';
import { notFound } from '../../http/errors.js';
import { getLatestAgreement } from './agreements.js';

const codeLabels = Object.fromEntries(
  AGREEMENT_CODES.map((c) => [c, AGREEMENT_TITLES[c]]),
) as typeof AGREEMENT_TITLES;

export const agreementRoutes = [
  defineRoute({
    method: 'get',
    path: '/agreements/:code',
    summary: '协议全文（最新版本）',
    tags: ['协议'],
    access: PUBLIC,
    params: z.object({ code: oneOf('协议', AGREEMENT_CODES, codeLabels) }),
    response: agreement,
    handler: async ({ deps, params }) => {
      const found = await getLatestAgreement(deps.db, params.code);
      if (!found) throw notFound('协议');
      return found;
    },
  }),
];
