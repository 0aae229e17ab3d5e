/** 居民身份证号码 per GB 11643-1999: 17 digits and an ISO 7064 MOD 11-2 check character (0-9 or X). */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export function idCardCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

function isRealDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && date.getTime() <= Date.now();
}

export function isValidIdCard(id: string): boolean {
  if (typeof id !== 'string' || !/^[1-9]\d{16}[\dX]$/.test(id)) return false;
  if (!isRealDate(id.slice(6, 14))) return false;
  return idCardCheckCharacter(id.slice(0, 17)) === id[17];
}
