/** Personal data (CCCD, phone) masked in lists and exports for users without the personal.read right. */

function keepEnds(value: string, head: number, tail: number): string {
  const v = value.trim();
  if (v === '') return '';
  // Too short to show anything safely: hide it all.
  if (v.length <= head + tail) return '*'.repeat(v.length);
  return v.slice(0, head) + '*'.repeat(v.length - head - tail) + v.slice(v.length - tail);
}

/** Shows only the last 4 digits: maskCitizenId('001085012345') === '********2345'; '' stays ''. */
export function maskCitizenId(citizenId: string): string {
  return keepEnds(citizenId, 0, 4);
}

/** Shows the first 4 and last 3 digits: maskPhone('0912345678') === '0912***678'; '' stays ''. */
export function maskPhone(phone: string): string {
  return keepEnds(phone, 4, 3);
}

/**
 * The record as a user may see it: with `canReadPersonal` unchanged, otherwise CCCD and phone masked;
 * `personalMasked` says which.
 */
export function maskPersonalData<T extends { citizenId: string; phone: string }>(
  record: T,
  canReadPersonal: boolean,
): T & { personalMasked: boolean } {
  if (canReadPersonal) return { ...record, personalMasked: false };
  return {
    ...record,
    citizenId: maskCitizenId(record.citizenId),
    phone: maskPhone(record.phone),
    personalMasked: true,
  };
}
