/** The demo catalogue must be something staff could have entered through the forms. */
import { describe, expect, it } from 'vitest';
import { articleInput, institutionInput, isValidMobile, productInput, siteSettings } from '@jrpt/contracts';
import { ARTICLES, EVENTS, FUNDS, INSTITUTIONS, PRODUCTS, REGIONS, SETTINGS } from './catalog-data.js';

const MANUAL_INSTITUTIONS = [
  '甘肃银行',
  '建设银行',
  '工商银行',
  '农业银行',
  '兰州银行',
  '农业发展银行',
  '天水秦州农村合作银行',
  '交通银行',
  '中国银行',
  '邮储银行',
  '浙商银行',
  '天水秦州长银村镇银行',
  '天水麦积农村合作银行',
  '张家川回族自治县农村信用合作联社',
];

describe('demo catalogue', () => {
  it('has the manual’s institutions (§2.7) in order, plus a guarantee company, a microloan company and fund managers', () => {
    expect(INSTITUTIONS.slice(0, 14).map((i) => i.name)).toEqual(MANUAL_INSTITUTIONS);
    const types = new Set(INSTITUTIONS.map((i) => i.type));
    for (const type of ['bank', 'guarantee', 'microloan', 'fund']) expect(types).toContain(type);
  });

  it('passes the institution form', () => {
    for (const inst of INSTITUTIONS) {
      const parsed = institutionInput.safeParse({ ...inst, regionIds: [1] });
      expect(parsed.success, `${inst.name}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('passes the product form, names a known institution and known regions', () => {
    const regionNames = REGIONS.map(([, name]) => name);
    for (const p of PRODUCTS) {
      const parsed = productInput.safeParse({ ...p, minRatePercent: p.ratePercent, regionIds: [] });
      expect(parsed.success, `${p.name}: ${parsed.error?.message}`).toBe(true);
      expect(
        INSTITUTIONS.some((i) => i.name === p.institution && i.type !== 'fund'),
        p.name,
      ).toBe(true);
      for (const r of p.regions ?? []) expect(regionNames, p.name).toContain(r);
    }
    expect(PRODUCTS.length).toBeGreaterThanOrEqual(25);
    const statuses = PRODUCTS.map((p) => p.status);
    for (const s of ['listed', 'draft', 'pending', 'delisted']) expect(statuses).toContain(s);
    expect(PRODUCTS.filter((p) => p.firstLoan).length).toBeGreaterThanOrEqual(3);
  });

  it('passes the article form, with ~12 news and ~10 policies', () => {
    for (const a of ARTICLES) {
      const parsed = articleInput.safeParse({ ...a, body: a.paragraphs.join('') });
      expect(parsed.success, `${a.title}: ${parsed.error?.message}`).toBe(true);
    }
    expect(ARTICLES.filter((a) => a.kind === 'news').length).toBeGreaterThanOrEqual(12);
    expect(ARTICLES.filter((a) => a.kind === 'policy').length).toBeGreaterThanOrEqual(10);
  });

  it('has funds of 投资机构 and events that end after they start', () => {
    for (const f of FUNDS)
      expect(INSTITUTIONS.find((i) => i.name === f.institution)?.type, f.name).toBe('fund');
    for (const e of EVENTS) {
      expect(e.durationHours, e.title).toBeGreaterThan(0);
      expect(e.signupClosesDaysBefore, e.title).toBeGreaterThanOrEqual(0);
    }
  });

  it('holds every site setting', () => {
    const keys = Object.keys(siteSettings.shape);
    expect(Object.keys(SETTINGS)).toHaveLength(keys.length);
    expect(isValidMobile(SETTINGS.contact_phone)).toBe(false);
    expect(SETTINGS.contact_phone).toBe('0938-8222788');
  });
});
