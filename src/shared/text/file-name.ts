/**
 * A name as a part of a download's or stored file's name: Vietnamese letters without their marks
 * (the Content-Disposition header carries ASCII only), case kept so that it reads as written
 * ("Sơn La" → "Son-La", "TSGTKS" stays), anything else a dash.
 */
export function asciiFileNamePart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
