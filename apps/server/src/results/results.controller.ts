import { Controller, Get, Header, NotFoundException, Param } from '@nestjs/common';
import { ResultsException } from './results.exception';
import { ResultsService } from './results.service';

/** Plain HTTP for tools that want a file: GET /runs/<id>/trials.csv. */
@Controller('runs')
export class ResultsController {
  constructor(private readonly service: ResultsService) {}

  @Get(':id/trials.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  async trialsCsv(@Param('id') id: string): Promise<string> {
    try {
      return await this.service.trialsCsv(id);
    } catch (e) {
      if (e instanceof ResultsException) throw new NotFoundException(e.message);
      throw e;
    }
  }
}
