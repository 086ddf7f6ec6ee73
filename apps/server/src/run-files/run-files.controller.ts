import type { IncomingMessage } from 'node:http';
import { Controller, Get, HttpCode, Param, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { TokenGuard } from '../auth/token.guard';
import type { RunObject } from '../runs/dto/run.object';
import { RunFilesErrorsFilter } from './run-files.filter';
import { RunFilesService } from './run-files.service';

/** The part of Express's response these handlers set. */
interface Response {
  type(contentType: string): unknown;
  setHeader(name: string, value: string): unknown;
}

/**
 * GET /runs/<id>/export.json: a finished run with its provenance as one verifiable file.
 * POST /runs/import (needs the API token): such a file as the raw body (JSON or gzip), loaded as an imported run.
 */
@Controller('runs')
@UseFilters(RunFilesErrorsFilter)
export class RunFilesController {
  constructor(private readonly service: RunFilesService) {}

  @Get(':id/export.json')
  async export(@Param('id') id: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const body = await this.service.exportJson(id);
    res.type('application/json; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="run-${id.replace(/[^A-Za-z0-9-]/g, '')}.json"`);
    return body;
  }

  @Post('import')
  @HttpCode(201)
  @UseGuards(TokenGuard)
  async import(@Req() req: IncomingMessage): Promise<{ run: RunObject }> {
    return { run: await this.service.import(req) };
  }
}
