// What a password must be, shared by the API contracts and the forms. The full policy (common and
// breached passwords, the username, the current password) is the server's: password-policy.ts.

/** NIST SP 800-63B asks at least 8; 10 keeps a passphrase or a long password the easy choice. */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;
export const PASSWORD_TOO_SHORT = `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự`;
