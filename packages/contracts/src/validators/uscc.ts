/** 统一社会信用代码 per GB 32100-2015: 18 characters, the last a MOD 31 check character. */
const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const USCC_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARSET.indexOf(first17[i]);
    if (value < 0) return '';
    sum += value * USCC_WEIGHTS[i];
  }
  const check = (31 - (sum % 31)) % 31;
  return USCC_CHARSET[check];
}

export function isValidUscc(code: string): boolean {
  if (typeof code !== 'string' || !USCC_SHAPE.test(code)) return false;
  return usccCheckCharacter(code.slice(0, 17)) === code[17];
}
