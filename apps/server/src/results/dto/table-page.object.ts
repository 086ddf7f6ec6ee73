import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '../../graphql/json.scalar';
import { OutputTableObject } from './analysis-outputs.object';

@ObjectType({ description: 'The distinct values of a filterable column over the whole table (for pickers).' })
export class TableFacetObject {
  @Field() column!: string;
  @Field(() => [GraphQLJSON], { description: 'Sorted; at most 500.' }) values!: unknown[];
}

@ObjectType({ description: "A page of one of a run's output tables, after the filter." })
export class TablePageObject {
  @Field(() => ID) runId!: string;
  @Field() analysis!: string;
  @Field(() => OutputTableObject) table!: OutputTableObject;
  @Field(() => Int, { description: 'Rows matching the filter.' }) total!: number;
  @Field(() => Int) skip!: number;
  @Field(() => [GraphQLJSON], {
    description: "Rows as objects keyed by column name; values follow each column's role.",
  })
  rows!: Record<string, unknown>[];
  @Field(() => [TableFacetObject], {
    description:
      'The distinct values of each column asked for in `facets`, before the filter; with facetChoices, each listed facet narrowed by the choices before it.',
  })
  facets!: TableFacetObject[];
}
