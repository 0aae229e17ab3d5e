import { z } from 'zod';
import { financingDemandInput, productRecommendation } from '@jrpt/contracts';
import { defineRoute, BORROWER } from '../../http/route.js';
import { borrowerTypeOf } from '../financing-demands/borrower.js';
import { matchDemandOf, recommendProducts } from './repository.js';

export const recommendationRoutes = [
  defineRoute({
    method: 'post',
    path: '/financing-demands/recommendations',
    summary: '推荐产品：按融资需求（未保存）为已上架产品打分排序，并说明推荐理由',
    tags: ['融资需求'],
    access: BORROWER,
    body: financingDemandInput,
    response: z.array(productRecommendation),
    handler: async ({ deps, body, principal }) =>
      recommendProducts(deps.db, await matchDemandOf(deps.db, body, borrowerTypeOf(principal))),
  }),
];
