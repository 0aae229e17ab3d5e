import { describe, expect, it } from 'vitest';
import { date, dateTime, maskPhone, money, rate } from './format.js';

describe('formatting', () => {
  it('shows money in 万', () => {
    expect(money(3_000_000)).toBe('300万');
    expect(money(15_000)).toBe('1.5万');
    expect(money(695_980_000)).toBe('69,598万');
    expect(money(null)).toBe('-');
  });
  it('shows rates from basis points', () => {
    expect(rate(405)).toBe('4.05%');
    expect(rate(0)).toBe('0.00%');
    expect(rate(undefined)).toBe('-');
  });
  it('shows times in Asia/Shanghai whatever the machine zone', () => {
    expect(date('2020-07-01T16:30:00.000Z')).toBe('2020-07-02');
    expect(dateTime('2020-07-03T01:47:23.000Z')).toBe('2020-07-03 09:47');
    expect(date(null)).toBe('-');
    expect(date('not a date')).toBe('-');
  });
  it('masks a phone the way the header shows it', () => {
    expect(maskPhone('18809386116')).toBe('188xxxx6116');
    expect(maskPhone('0938-8221924')).toBe('0938-8221924');
  });
});

describe('pageTitle', () => {
  it('joins the page and the platform name, whichever is known', async () => {
    const { pageTitle } = await import('./site.js');
    expect(pageTitle('金融超市', '天水市智慧金融服务平台')).toBe('金融超市 · 天水市智慧金融服务平台');
    expect(pageTitle(undefined, '天水市智慧金融服务平台')).toBe('天水市智慧金融服务平台');
    expect(pageTitle('登录', undefined)).toBe('登录');
  });
});
