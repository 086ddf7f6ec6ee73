import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { COLUMN_ROLES, VIEW_KINDS, type ColumnRole, type ViewKind } from '@transferlab/sdk';
import { GraphQLJSON } from '../../graphql/json.scalar';

const asEnum = <T extends string>(values: readonly T[]): Record<T, T> =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const ColumnRoleEnum = asEnum(COLUMN_ROLES);
registerEnumType(ColumnRoleEnum, {
  name: 'ColumnRole',
  description:
    'dimension: grouped or filtered by; measure: a number; interval: { mean, low, high, n }; image: { dataset, split, index }; picture: a PNG data URL the analysis made; model: a source model id; text.',
});

export const ViewKindEnum = asEnum(VIEW_KINDS);
registerEnumType(ViewKindEnum, {
  name: 'ViewKind',
  description:
    'How the dashboard draws a table: ranked table, series with bands, image gallery, per-example evidence.',
});

@ObjectType({ description: "A column of an analysis's output table." })
export class OutputColumnObject {
  @Field() name!: string;
  @Field(() => ColumnRoleEnum) role!: ColumnRole;
  @Field(() => String, { nullable: true }) label!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "share (0..1, shown as a percentage), count, pvalue, number, warning or class (a class number, shown by its name in the dataset of the row's first image column).",
  })
  format!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "How an empty (null) value reads where it means something (a depth of 'all layers'); null: a dash.",
  })
  nullLabel!: string | null;
}

@ObjectType({ description: 'A named table an analysis produces from its runs.' })
export class OutputTableObject {
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => String, {
    description:
      "'run': computed from the run's rows. 'history': from the rows of the run and of the analysis's earlier runs (at most 200), so the latest run's table is the current figure.",
  })
  scope!: 'run' | 'history';
  @Field(() => [OutputColumnObject]) columns!: OutputColumnObject[];
}

@ObjectType({ description: 'A view over one table; only the fields of its kind are set.' })
export class OutputViewObject {
  @Field(() => ViewKindEnum) kind!: ViewKind;
  @Field() title!: string;
  @Field() table!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => [String], { description: 'Columns the page offers a picker for.' }) facets!: string[];
  @Field(() => String, { nullable: true, description: 'table: the column rows are ranked by.' }) rankBy!:
    string | null;
  @Field(() => String, { nullable: true, description: 'table: asc or desc.' }) rankOrder!: string | null;
  @Field(() => [String], {
    description: 'table: the columns shown, in order (empty: every column the facets do not fix).',
  })
  columns!: string[];
  @Field(() => String, {
    nullable: true,
    description: 'table: the dimension whose values become columns (a wide table); null: none.',
  })
  pivotColumns!: string | null;
  @Field(() => [String], { description: 'table: the columns spread over the values of pivotColumns.' })
  pivotValues!: string[];
  @Field(() => String, { nullable: true, description: 'series: the x column.' }) x!: string | null;
  @Field(() => String, { nullable: true, description: 'series: the y column (a measure or an interval).' })
  y!: string | null;
  @Field(() => String, { nullable: true, description: 'series: the column that splits lines.' }) series!:
    string | null;
  @Field(() => String, { nullable: true, description: 'series: linear or log2.' }) xScale!: string | null;
  @Field(() => String, { nullable: true, description: 'gallery and evidence: the image column.' }) image!:
    string | null;
  @Field(() => [String], {
    description: 'gallery: columns under each image; evidence: columns shown for the example.',
  })
  caption!: string[];
  @Field(() => [String], {
    description: 'gallery: columns that split the images into strips, each headed by their values.',
  })
  group!: string[];
  @Field(() => [String], {
    description: 'gallery: columns the facets fix, drawn once above the images.',
  })
  header!: string[];
  @Field(() => String, {
    nullable: true,
    description: "gallery: a column whose 'yes' outlines the image.",
  })
  mark!: string | null;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      'evidence: how a run of the analysis computes the view for one test image no run covers ({ label, params: { dataset, index, sources }, maxSources, reset, set }); null: it cannot.',
  })
  onRequest!: Record<string, unknown> | null;
}

@ObjectType({ description: 'A registered analysis with what it produces and how to show it.' })
export class AnalysisOutputsObject {
  @Field() analysis!: string;
  @Field() version!: string;
  @Field() description!: string;
  @Field(() => String, { nullable: true, description: 'The table `transferlab results` prints.' })
  summaryTable!: string | null;
  @Field(() => [OutputTableObject], {
    description: 'Empty when the analysis declares no outputs (its runAggregate still answers).',
  })
  tables!: OutputTableObject[];
  @Field(() => [OutputViewObject]) views!: OutputViewObject[];
  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      "JSON Schema of the options every table of the analysis takes (runTable's options); null: none.",
  })
  optionsSchema!: Record<string, unknown> | null;
}
