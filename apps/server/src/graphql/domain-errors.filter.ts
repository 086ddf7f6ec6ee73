import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { AuthErrorCode, AuthException } from '../auth/auth.exception';
import { CatalogErrorCode, CatalogException } from '../catalog/catalog.exception';
import { ResultsErrorCode, ResultsException } from '../results/results.exception';
import { RunsErrorCode, RunsException } from '../runs/runs.exception';
import { InputErrorCode, InputException } from './input.exception';

type DomainCode = AuthErrorCode | CatalogErrorCode | InputErrorCode | ResultsErrorCode | RunsErrorCode;

/** The GraphQL error code for each domain code; `never` at the end proves every code is mapped. */
function graphqlCode(code: DomainCode): string {
  switch (code) {
    case AuthErrorCode.MissingToken:
    case AuthErrorCode.InvalidToken:
      return 'UNAUTHENTICATED';
    case InputErrorCode.InvalidArguments:
    case RunsErrorCode.UnknownAnalysis:
    case RunsErrorCode.InvalidParams:
      return 'BAD_USER_INPUT';
    case ResultsErrorCode.UnknownBaseline:
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
    default: {
      const unmapped: never = code;
      throw new Error(`unmapped domain error code ${String(unmapped)}`);
    }
  }
}

/** Turns every feature's domain exception into a GraphQL error with a stable code. */
@Catch(AuthException, CatalogException, InputException, ResultsException, RunsException)
export class DomainErrorsFilter implements GqlExceptionFilter {
  catch(exception: AuthException | CatalogException | InputException | ResultsException | RunsException): GraphQLError {
    return new GraphQLError(exception.message, {
      extensions: { code: graphqlCode(exception.code), reason: exception.code },
    });
  }
}
