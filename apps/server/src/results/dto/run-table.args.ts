import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsObject, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { GraphQLJSON } from '../../graphql/json.scalar';

/** Largest page of table rows one request may ask for. */
export const MAX_TABLE_PAGE = 500;

@ArgsType()
export class RunTableArgs {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'runId must be a run id (a UUID)' })
  runId!: string;

  @Field({ description: "The table's name, as analysisOutputs lists it." })
  @Matches(/^[a-z][a-z0-9-]{0,63}$/, { message: 'table must be a table name (lower case, digits and -)' })
  table!: string;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: "The analysis's table options (a baseline source, say).",
  })
  @IsOptional()
  @IsObject({ message: 'options must be an object' })
  options?: Record<string, unknown>;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      'Column name to a value (or a list of values) rows must have; dimension, model and text columns only.',
  })
  @IsOptional()
  @IsObject({ message: 'filter must be an object' })
  filter?: Record<string, unknown>;

  @Field(() => [String], {
    nullable: true,
    description: 'Dimension, model or text columns whose distinct values to return (at most 8).',
  })
  @IsOptional()
  @ArrayMaxSize(8, { message: 'facets: at most 8 columns' })
  @Matches(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, { each: true, message: 'facets: each must be a column name' })
  facets?: string[];

  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      "Cascading facets: facet column to the value chosen (a string as a URL holds it, or null for the default, its first value). Each listed facet's values are then those of the rows that have the chosen value of every listed facet before it, so a page never offers an eps of another norm. Facets not listed neither narrow nor are narrowed.",
  })
  @IsOptional()
  @IsObject({ message: 'facetChoices must be an object' })
  facetChoices?: Record<string, unknown>;

  @Field(() => Int, { defaultValue: 100, description: `Page size, at most ${MAX_TABLE_PAGE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_TABLE_PAGE, { message: `take must not be greater than ${MAX_TABLE_PAGE}` })
  take!: number;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  skip!: number;
}
