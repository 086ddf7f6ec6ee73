import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { AuthErrorCode, AuthException } from '../auth/auth.exception';
import { CatalogErrorCode, CatalogException } from '../catalog/catalog.exception';
import { ModelsErrorCode, ModelsException } from '../models/models.exception';
import { ResultsErrorCode, ResultsException } from '../results/results.exception';
import { RunsErrorCode, RunsException } from '../runs/runs.exception';
import { InputErrorCode, InputException } from './input.exception';

type DomainCode = AuthErrorCode | CatalogErrorCode | InputErrorCode | ModelsErrorCode | ResultsErrorCode | RunsErrorCode;
type DomainException = AuthException | CatalogException | InputException | ModelsException | ResultsException | RunsException;

/** The GraphQL error code for each domain code; `never` at the end proves every code is mapped. */
function graphqlCode(code: DomainCode): string {
  switch (code) {
    case AuthErrorCode.MissingToken:
    case AuthErrorCode.InvalidToken:
      return 'UNAUTHENTICATED';
    case AuthErrorCode.TooManyAttempts:
      return 'TOO_MANY_REQUESTS';
    case InputErrorCode.InvalidArguments:
    case RunsErrorCode.UnknownAnalysis:
    case RunsErrorCode.InvalidParams:
      return 'BAD_USER_INPUT';
    case ResultsErrorCode.UnknownAnalysis:
      return 'NOT_FOUND';
    case ResultsErrorCode.AggregateFailed:
      return 'INTERNAL_SERVER_ERROR';
    case CatalogErrorCode.ThumbnailOutOfRange:
      return 'BAD_USER_INPUT';
    case CatalogErrorCode.UnknownDataset:
    case CatalogErrorCode.DatasetUnavailable:
    case ResultsErrorCode.RunNotFound:
    case RunsErrorCode.RunNotFound:
      return 'NOT_FOUND';
    case RunsErrorCode.RunFinished:
      return 'CONFLICT';
    case ModelsErrorCode.UnknownModels:
    case ModelsErrorCode.UploadNotFound:
    case ModelsErrorCode.UploadTooLarge:
    case ModelsErrorCode.UploadContentType:
    case ModelsErrorCode.InvalidModelFile:
    case ModelsErrorCode.InvalidModelInput:
      return 'BAD_USER_INPUT';
    case ModelsErrorCode.ModelNotFound:
      return 'NOT_FOUND';
    case ModelsErrorCode.DuplicateModel:
    case ModelsErrorCode.ModelInUse:
    case ModelsErrorCode.ModelManaged:
      return 'CONFLICT';
    default: {
      const unmapped: never = code;
      throw new Error(`unmapped domain error code ${String(unmapped)}`);
    }
  }
}

/**
 * Turns every feature's domain exception into a GraphQL error with a stable code; an error
 * about one input field names it in `extensions.field`.
 */
@Catch(AuthException, CatalogException, InputException, ModelsException, ResultsException, RunsException)
export class DomainErrorsFilter implements GqlExceptionFilter {
  catch(exception: DomainException): GraphQLError {
    const field = exception instanceof ModelsException || exception instanceof InputException ? exception.field : undefined;
    return new GraphQLError(exception.message, {
      extensions: { code: graphqlCode(exception.code), reason: exception.code, ...(field !== undefined ? { field } : {}) },
    });
  }
}
