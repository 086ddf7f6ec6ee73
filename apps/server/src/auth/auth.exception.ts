export enum AuthErrorCode {
  MissingToken = 'MISSING_TOKEN',
  InvalidToken = 'INVALID_TOKEN',
  TooManyAttempts = 'TOO_MANY_ATTEMPTS',
}

export class AuthException extends Error {
  constructor(
    readonly code: AuthErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AuthException';
  }
}
