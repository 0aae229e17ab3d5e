/** Mainland China mobile numbers: 11 digits starting with 1 and a network digit 3-9. */
export function isValidMobile(phone: string): boolean {
  return typeof phone === 'string' && /^1[3-9]\d{9}$/.test(phone);
}

/** 188xxxx6116: what anyone but the owner sees of a phone number. */
export function maskPhone(phone: string): string {
  if (!phone || phone.length < 7) return phone;
  return `${phone.slice(0, 3)}xxxx${phone.slice(-4)}`;
}

/** 6201**********1234: what anyone but the owner sees of an ID number. */
export function maskIdCard(id: string): string {
  if (!id || id.length < 8) return id;
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}
