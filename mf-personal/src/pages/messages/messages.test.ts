import { describe, expect, it } from 'vitest';
import { subjectLink } from '@jrpt/contracts';
import { isMessagesKey, messageListUrl, messageTarget, UNREAD_COUNT_KEY } from './messages';

describe('消息中心 requests', () => {
  it('lists a page, optionally only the unread', () => {
    expect(messageListUrl(2, 10, false)).toBe('/api/messages?page=2&pageSize=10');
    expect(messageListUrl(1, 10, true)).toBe('/api/messages?page=1&pageSize=10&unread=true');
  });
  it('refreshes every message list and the badge after a read', () => {
    expect(isMessagesKey(UNREAD_COUNT_KEY)).toBe(true);
    expect(isMessagesKey(messageListUrl(1, 10, true))).toBe(true);
    expect(isMessagesKey('/api/financing-demands')).toBe(false);
    expect(isMessagesKey(['/api/messages'])).toBe(false);
  });
});

describe('messageTarget', () => {
  it('opens the records of 个人中心 inside the app, whatever the record', () => {
    expect(messageTarget(subjectLink('loan_application', 12))).toEqual({
      kind: 'inside',
      path: 'applications/loan/12',
    });
    expect(messageTarget(subjectLink('financing_demand', 3))).toEqual({ kind: 'inside', path: 'demands/3' });
    expect(messageTarget('/personal')).toEqual({ kind: 'inside', path: '' });
  });
  it('sends other portal pages to the portal', () => {
    expect(messageTarget('/market/renewal')).toEqual({ kind: 'portal', path: '/market/renewal' });
    expect(messageTarget('/personalized')).toEqual({ kind: 'portal', path: '/personalized' });
  });
  it('follows no link off the site, and none at all without one', () => {
    expect(messageTarget('https://example.com/x')).toBeNull();
    expect(messageTarget('//example.com/x')).toBeNull();
    expect(messageTarget(null)).toBeNull();
  });
});
