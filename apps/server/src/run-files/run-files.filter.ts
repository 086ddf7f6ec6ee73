import type { ServerResponse } from 'node:http';
import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { AuthErrorCode, AuthException } from '../auth/auth.exception';
import { RunFilesErrorCode, RunFilesException } from './run-files.exception';

/** The HTTP status of a run file refusal. */
export function runFileStatus(e: AuthException | RunFilesException): number {
  if (e instanceof AuthException) return e.code === AuthErrorCode.TooManyAttempts ? 429 : 401;
  switch (e.code) {
    case RunFilesErrorCode.RunNotFound:
      return 404;
    case RunFilesErrorCode.RunNotFinished:
    case RunFilesErrorCode.AlreadyImported:
      return 409;
    case RunFilesErrorCode.FileTooLarge:
      return 413;
    case RunFilesErrorCode.ContentType:
      return 415;
    case RunFilesErrorCode.InvalidFile:
      return 400;
  }
}

/** Refusals as JSON `{ statusCode, message, reason, field? }`; a 413 closes the connection (the rest of the body is not read). */
@Catch(AuthException, RunFilesException)
export class RunFilesErrorsFilter implements ExceptionFilter {
  catch(e: AuthException | RunFilesException, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<ServerResponse>();
    const statusCode = runFileStatus(e);
    res.statusCode = statusCode;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    if (statusCode === 413) res.setHeader('connection', 'close');
    const field = e instanceof RunFilesException && e.field !== undefined ? { field: e.field } : {};
    res.end(JSON.stringify({ statusCode, message: e.message, reason: e.code, ...field }));
  }
}
