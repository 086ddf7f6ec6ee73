import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { MODEL_ID } from '../config-models';

/** Most block boundaries an import may declare. */
export const MAX_DECLARED_BLOCKS = 200;

@InputType('ModelInputSpecInput', { description: 'What the model expects: image size and per-channel normalisation (torchvision ImageNet: mean [0.485, 0.456, 0.406], std [0.229, 0.224, 0.225]).' })
export class ModelInputSpecInput {
  @Field(() => Int, { description: '1 (grey) or 3 (RGB).' })
  @IsIn([1, 3], { message: 'input.channels must be 1 or 3' })
  channels!: 1 | 3;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(4096)
  height!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(4096)
  width!: number;

  @Field(() => [Float], { description: 'Per-channel mean subtracted after scaling to [0,1]; one value per channel.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { each: true })
  mean!: number[];

  @Field(() => [Float], { description: 'Per-channel std divided by after the mean; one positive value per channel.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { each: true })
  @IsPositive({ each: true })
  std!: number[];
}

@InputType('ModelTrainingInput', { description: 'How the model was trained.' })
export class ModelTrainingInput {
  @Field({ description: '`natural` or `adversarial`.' })
  @IsIn(['natural', 'adversarial'], { message: 'training.kind must be natural or adversarial' })
  kind!: 'natural' | 'adversarial';

  @Field(() => String, { nullable: true, description: '`L2` or `Linf`; needed for an adversarial model.' })
  @IsOptional()
  @IsIn(['L2', 'Linf'], { message: 'training.norm must be L2 or Linf' })
  norm?: 'L2' | 'Linf';

  @Field(() => Float, { nullable: true, description: 'Budget in [0,1] pixel units (e.g. 3 for L2, 0.0157 for Linf 4/255); needed for an adversarial model.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1000)
  eps?: number;

  @Field(() => String, { nullable: true, description: 'Dataset it was trained on (e.g. imagenet).' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  dataset?: string;

  @Field(() => String, { nullable: true, description: 'Free text: where it comes from, its paper, its recipe.' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  notes?: string;
}

@InputType({ description: 'An uploaded ONNX classifier (POST /models/upload) to validate, inspect and record.' })
export class ImportModelInput {
  @Field({ description: 'The uploadId POST /models/upload answered.' })
  @IsUUID('4', { message: 'uploadId must be the id POST /models/upload answered' })
  uploadId!: string;

  @Field({ description: 'Model id trials will use: lower-case letters, digits, ".", "_", "-"; at most 100 characters.' })
  @IsString()
  @Matches(MODEL_ID, { message: "id must start with a lower-case letter or digit and hold only lower-case letters, digits, '.', '_' or '-' (at most 100 characters)" })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Display name; default: the id.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Architecture label (e.g. resnet18); default: onnx.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  architecture?: string;

  @Field(() => ModelInputSpecInput)
  @ValidateNested()
  @Type(() => ModelInputSpecInput)
  input!: ModelInputSpecInput;

  @Field(() => String, { nullable: true, description: 'Penultimate tensor, overriding detection (the input of the final Gemm/MatMul).' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  featureTensor?: string;

  @Field(() => [String], { nullable: true, description: `Block-boundary tensors, input side first, overriding detection (residual Add -> Relu); at most ${MAX_DECLARED_BLOCKS}.` })
  @IsOptional()
  @ArrayMaxSize(MAX_DECLARED_BLOCKS)
  @IsString({ each: true })
  @Length(1, 1000, { each: true })
  blocks?: string[];

  @Field(() => ModelTrainingInput)
  @ValidateNested()
  @Type(() => ModelTrainingInput)
  training!: ModelTrainingInput;
}
