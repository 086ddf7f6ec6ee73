import type { ServerResponse } from 'node:http';
import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { AuthErrorCode, AuthException } from '../auth/auth.exception';
import { ModelsErrorCode, ModelsException } from './models.exception';

/** The HTTP status of an upload refusal. */
export function uploadStatus(e: AuthException | ModelsException): number {
  if (e instanceof AuthException) return e.code === AuthErrorCode.TooManyAttempts ? 429 : 401;
  switch (e.code) {
    case ModelsErrorCode.UploadTooLarge:
      return 413;
    case ModelsErrorCode.UploadContentType:
      return 415;
    default:
      return 400;
  }
}

/** Upload refusals as JSON `{ statusCode, message, reason }`; a 413 closes the connection (the rest of the body is not read). */
@Catch(AuthException, ModelsException)
export class UploadErrorsFilter implements ExceptionFilter {
  catch(e: AuthException | ModelsException, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<ServerResponse>();
    const statusCode = uploadStatus(e);
    res.statusCode = statusCode;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    if (statusCode === 413) res.setHeader('connection', 'close');
    res.end(JSON.stringify({ statusCode, message: e.message, reason: e.code }));
  }
}
