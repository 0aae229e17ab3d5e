import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES } from '@jrpt/contracts';
import {
  amountText,
  applicationListUrl,
  applicationWithdrawUrl,
  canWithdraw,
  equityText,
  isApplicationKind,
  productText,
  remarkText,
  termText,
} from './records';

describe('申请记录 requests', () => {
  it('reads each kind from its own collection, paged', () => {
    expect(applicationListUrl('loan', 2, 10)).toBe('/api/loan-applications?page=2&pageSize=10');
    expect(applicationListUrl('renewal', 1, 10)).toBe('/api/renewal-applications?page=1&pageSize=10');
    expect(applicationWithdrawUrl('bridge', 7)).toBe('/api/bridge-applications/7/withdraw');
  });

  it('knows the kinds of the routes', () => {
    expect(isApplicationKind('loan')).toBe(true);
    expect(isApplicationKind('bridge')).toBe(true);
    expect(isApplicationKind('equity')).toBe(false);
    expect(isApplicationKind(undefined)).toBe(false);
  });

  it('offers 撤销 only while 未受理', () => {
    expect(APPLICATION_STATUSES.filter(canWithdraw)).toEqual(['submitted']);
  });
});

describe('申请记录 columns', () => {
  it('shows amounts in 万 and a dash before there is one', () => {
    expect(amountText(10_000)).toBe('1万');
    expect(amountText(3_000_000)).toBe('300万');
    expect(amountText(null)).toBe('-');
  });

  it('counts terms in months, a bridge application in days', () => {
    expect(termText({ termMonths: 10, days: null })).toBe('10个月');
    expect(termText({ termMonths: null, days: 15 })).toBe('15天');
    expect(termText({ termMonths: null, days: null })).toBe('-');
  });

  it('leaves 出让股权 empty for loans', () => {
    expect(equityText(null)).toBe('-');
    expect(equityText(12.5)).toBe('12.5%');
  });

  it('puts the rejection reason before the note in 备注', () => {
    expect(remarkText({ rejectReasonCode: 'credit_record', note: '近两年有逾期' })).toBe(
      '征信或涉诉情况不符合要求：近两年有逾期',
    );
    expect(remarkText({ rejectReasonCode: 'other', note: null })).toBe('其他原因');
    expect(remarkText({ rejectReasonCode: null, note: '请补充流水' })).toBe('请补充流水');
    expect(remarkText({ rejectReasonCode: null, note: null })).toBe('-');
  });

  it('names the product, or the kind for renewals and bridge loans', () => {
    expect(productText({ kind: 'loan', productName: '抗疫贷' })).toBe('抗疫贷');
    expect(productText({ kind: 'renewal', productName: null })).toBe('续贷');
    expect(productText({ kind: 'bridge', productName: null })).toBe('转贷');
  });
});
