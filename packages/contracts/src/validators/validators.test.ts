import { describe, expect, it } from 'vitest';
import { isValidUscc, usccCheckCharacter } from './uscc.js';
import { isValidIdCard, idCardCheckCharacter } from './id-card.js';
import { isValidMobile, maskIdCard, maskPhone } from './phone.js';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it.each([
    '91110000802100433B', // 国家电网有限公司
    '91440300708461136T', // 华为技术有限公司
    '91330000MA27U0DH28', // a code with letters in the organisation part
    '12620500013949418F', // a public-institution (事业单位) code
  ])('accepts %s', (code) => {
    expect(isValidUscc(code)).toBe(true);
  });

  it.each([
    ['wrong check character', '91110000802100433C'],
    ['17 characters', '9111000080210043B'],
    ['lower case', '91110000802100433b'],
    ['forbidden letter I', '9111000080210043IB'],
    ['letters in the region code', '91AB0000802100433B'],
    ['empty', ''],
  ])('refuses %s', (_why, code) => {
    expect(isValidUscc(code)).toBe(false);
  });

  it('computes the check character', () => {
    expect(usccCheckCharacter('91110000802100433')).toBe('B');
  });
});

describe('身份证号 (GB 11643-1999)', () => {
  it.each(['11010519491231002X', '440524198001010013', '620502199001011235'])('accepts %s', (id) => {
    expect(isValidIdCard(id)).toBe(true);
  });

  it.each([
    ['wrong check digit', '110105194912310021'],
    ['impossible date (2月30日)', '620502199002301234'],
    ['future birth date', '62050220990101123' + idCardCheckCharacter('62050220990101123')],
    ['lower-case x', '11010519491231002x'],
    ['15-digit old format', '110105491231002'],
  ])('refuses %s', (_why, id) => {
    expect(isValidIdCard(id)).toBe(false);
  });

  it('computes the check character', () => {
    expect(idCardCheckCharacter('11010519491231002')).toBe('X');
  });
});

describe('手机号', () => {
  it.each(['18809386116', '13800000000', '19912345678'])('accepts %s', (p) =>
    expect(isValidMobile(p)).toBe(true),
  );
  it.each(['1880938611', '28809386116', '12809386116', '188093861161', '1880938611a'])('refuses %s', (p) =>
    expect(isValidMobile(p)).toBe(false),
  );
  it('masks phones and ID numbers', () => {
    expect(maskPhone('18809386116')).toBe('188xxxx6116');
    expect(maskIdCard('11010519491231002X')).toBe('1101**********002X');
  });
});
