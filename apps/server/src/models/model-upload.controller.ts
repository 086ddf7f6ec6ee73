import type { IncomingMessage } from 'node:http';
import { Controller, HttpCode, Post, Req, UseFilters, UseGuards } from '@nestjs/common';
import { TokenGuard } from '../auth/token.guard';
import { ModelUploads, type UploadReceipt } from './model-uploads';
import { UploadErrorsFilter } from './upload-errors.filter';

/**
 * POST /models/upload: the .onnx file as the raw body (content-type application/octet-stream),
 * streamed to the model store with its sha256; answers `{ uploadId, sha256, bytes }` for
 * importModel. Needs the API token. Over TRANSFERLAB_MAX_MODEL_BYTES: 413, nothing kept.
 */
@Controller('models')
@UseGuards(TokenGuard)
@UseFilters(UploadErrorsFilter)
export class ModelUploadController {
  constructor(private readonly uploads: ModelUploads) {}

  @Post('upload')
  @HttpCode(201)
  upload(@Req() req: IncomingMessage): Promise<UploadReceipt> {
    return this.uploads.receive(req);
  }
}
