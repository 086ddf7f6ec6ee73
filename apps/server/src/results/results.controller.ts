import { BadRequestException, Controller, Get, NotFoundException, Param, Query, Res } from '@nestjs/common';
import { InputException } from '../graphql/input.exception';
import { ResultsErrorCode, ResultsException } from './results.exception';
import { ResultsService } from './results.service';
import { RunTablesService } from './run-tables.service';

/** The part of Express's response these handlers set (its content type). */
interface Response {
  type(contentType: string): unknown;
}

/** Longest JSON a query parameter of the table export may carry. */
const MAX_QUERY_JSON = 4096;

function jsonParam(name: string, raw: string | undefined): Record<string, unknown> | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (raw.length > MAX_QUERY_JSON)
    throw new BadRequestException(`${name}: at most ${MAX_QUERY_JSON} characters`);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new BadRequestException(`${name}: not JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new BadRequestException(`${name}: must be a JSON object`);
  return value as Record<string, unknown>;
}

/** Plain HTTP for tools that want a file: GET /runs/<id>/trials.csv and /runs/<id>/tables/<name>.csv. */
@Controller('runs')
export class ResultsController {
  constructor(
    private readonly service: ResultsService,
    private readonly tables: RunTablesService,
  ) {}

  @Get(':id/trials.csv')
  async trialsCsv(@Param('id') id: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    return csv(res, await httpErrors(() => this.service.trialsCsv(id)));
  }

  /** One declared output table as CSV (`?options=` and `?filter=` take the GraphQL arguments as JSON). */
  @Get(':id/tables/:file')
  async tableCsv(
    @Res({ passthrough: true }) res: Response,
    @Param('id') id: string,
    @Param('file') file: string,
    @Query('options') options?: string,
    @Query('filter') filter?: string,
  ): Promise<string> {
    const name = /^([a-z][a-z0-9-]{0,63})\.csv$/.exec(file)?.[1];
    if (name === undefined)
      throw new NotFoundException(`no table file '${file.slice(0, 80)}': ask for <table>.csv`);
    const body = await httpErrors(() =>
      this.tables.csv(id, name, jsonParam('options', options), jsonParam('filter', filter)),
    );
    return csv(res, body);
  }
}

/** CSV only on success: an error keeps its JSON body and content type. */
function csv(res: Response, body: string): string {
  res.type('text/csv; charset=utf-8');
  return body;
}

async function httpErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof InputException) throw new BadRequestException(e.message);
    if (e instanceof ResultsException) {
      if (e.code === ResultsErrorCode.RunNotFound || e.code === ResultsErrorCode.UnknownAnalysis)
        throw new NotFoundException(e.message);
      if (e.code === ResultsErrorCode.AggregateFailed) throw e;
      throw new BadRequestException(e.message);
    }
    throw e;
  }
}
