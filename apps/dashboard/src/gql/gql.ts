/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query AnalysesNav {\n    analyses {\n      analysis\n      description\n    }\n  }\n': typeof types.AnalysesNavDocument;
  '\n  query AnalysisOutputs($analysis: String!) {\n    analysisOutputs(analysis: $analysis) {\n      analysis\n      version\n      description\n      summaryTable\n      optionsSchema\n      tables {\n        name\n        description\n        columns {\n          name\n          role\n          label\n          description\n          format\n          nullLabel\n        }\n      }\n      views {\n        kind\n        title\n        table\n        description\n        facets\n        rankBy\n        rankOrder\n        columns\n        pivotColumns\n        pivotValues\n        x\n        y\n        series\n        xScale\n        image\n        caption\n        group\n        header\n        mark\n      }\n    }\n  }\n': typeof types.AnalysisOutputsDocument;
  '\n  query AnalysisRuns($analysis: String!, $take: Int!) {\n    runs(analysis: $analysis, take: $take, skip: 0) {\n      id\n      analysis\n      status\n      createdAt\n      trialCount\n      completedCount\n      failedCount\n      progress\n      imported {\n        sourceChecksum\n        sourceRunId\n        exportedAt\n        serverVersion\n      }\n    }\n  }\n': typeof types.AnalysisRunsDocument;
  '\n  query RunTable(\n    $runId: ID!\n    $table: String!\n    $filter: JSON\n    $options: JSON\n    $facets: [String!]\n    $facetChoices: JSON\n    $take: Int!\n    $skip: Int!\n  ) {\n    runTable(\n      runId: $runId\n      table: $table\n      filter: $filter\n      options: $options\n      facets: $facets\n      facetChoices: $facetChoices\n      take: $take\n      skip: $skip\n    ) {\n      total\n      skip\n      rows\n      facets {\n        column\n        values\n      }\n    }\n  }\n': typeof types.RunTableDocument;
  '\n  fragment ModelFigures on SourceModel {\n    id\n    figures {\n      analysis\n      runId\n      table {\n        name\n        columns {\n          name\n          role\n          label\n          description\n          format\n        }\n      }\n      rows\n    }\n  }\n': typeof types.ModelFiguresFragmentDoc;
  '\n  query CatalogModels {\n    models {\n      id\n      name\n      origin\n      architecture\n      parameterCount\n      numClasses\n      trainSize\n      cleanAccuracy\n      robustCount\n      runCount\n      forwardOnly\n      gradientProblem\n      training {\n        kind\n        attack\n        norm\n        eps\n        epsLabel\n        recipe\n        dataset\n      }\n      robustAccuracy {\n        norm\n        eps\n        epsLabel\n        accuracy\n      }\n      ...ModelFigures\n    }\n  }\n': typeof types.CatalogModelsDocument;
  '\n  query CatalogDatasets {\n    datasets {\n      name\n      version\n      description\n      origin\n    }\n  }\n': typeof types.CatalogDatasetsDocument;
  '\n  query CatalogDataset($name: String!, $thumbnails: Int!) {\n    dataset(name: $name) {\n      name\n      loadError\n      details {\n        trainSize\n        testSize\n        classes\n        imageShape {\n          channels\n          height\n          width\n        }\n        thumbnails(count: $thumbnails) {\n          index\n          label\n          className\n          url\n        }\n      }\n    }\n  }\n': typeof types.CatalogDatasetDocument;
  '\n  query CatalogPlugins {\n    plugins {\n      kind\n      name\n      version\n      description\n      origin\n    }\n  }\n': typeof types.CatalogPluginsDocument;
  '\n  mutation ImportModel($input: ImportModelInput!) {\n    importModel(input: $input) {\n      id\n      name\n      origin\n      architecture\n      numClasses\n      checksum\n      size\n      featureTensor\n      blocks\n      input {\n        channels\n        height\n        width\n      }\n      training {\n        kind\n        norm\n        epsLabel\n        dataset\n      }\n    }\n  }\n': typeof types.ImportModelDocument;
  '\n  query DatasetClasses($name: String!) {\n    dataset(name: $name) {\n      name\n      details {\n        classes\n      }\n    }\n  }\n': typeof types.DatasetClassesDocument;
  '\n  query ExampleEvidence($dataset: String!, $split: String!, $index: Int!, $runIds: [ID!]) {\n    exampleEvidence(dataset: $dataset, split: $split, index: $index, runIds: $runIds) {\n      image {\n        dataset\n        split\n        index\n      }\n      runs {\n        runId\n        analysis\n        createdAt\n        rows\n        problem\n      }\n      evidence {\n        runId\n        analysis\n        view {\n          kind\n          title\n          table\n          description\n          image\n          caption\n        }\n        table {\n          name\n          description\n          columns {\n            name\n            role\n            label\n            description\n            format\n            nullLabel\n          }\n        }\n        total\n        rows\n      }\n      coverage {\n        runId\n        analysis\n        view\n        table\n        rows\n        images\n      }\n      requests {\n        analysis\n        view\n        table\n        onRequest\n      }\n      models {\n        id\n        training\n      }\n    }\n  }\n': typeof types.ExampleEvidenceDocument;
  '\n  query ExampleRun($id: ID!) {\n    run(id: $id) {\n      id\n      analysis\n      status\n      error\n      params\n      progress\n    }\n  }\n': typeof types.ExampleRunDocument;
  '\n  query ExampleImages($dataset: String, $split: String, $runIds: [ID!], $take: Int!, $skip: Int!) {\n    exampleImages(dataset: $dataset, split: $split, runIds: $runIds, take: $take, skip: $skip) {\n      total\n      skip\n      datasets\n      images {\n        dataset\n        split\n        index\n        analyses {\n          analysis\n          runs\n          rows\n        }\n      }\n      runs {\n        runId\n        analysis\n        createdAt\n        rows\n        problem\n      }\n    }\n  }\n': typeof types.ExampleImagesDocument;
  '\n  query HomeAnalyses {\n    analyses {\n      analysis\n      summaryTable\n      tables {\n        name\n        description\n        columns {\n          name\n          role\n          label\n          description\n          format\n          nullLabel\n        }\n      }\n    }\n  }\n': typeof types.HomeAnalysesDocument;
  '\n  query ResultsRuns($take: Int!) {\n    runs(take: $take, skip: 0) {\n      id\n      analysis\n      status\n      createdAt\n      trialCount\n      completedCount\n      failedCount\n      progress\n      imported {\n        sourceChecksum\n        sourceRunId\n        exportedAt\n        serverVersion\n      }\n    }\n  }\n': typeof types.ResultsRunsDocument;
  '\n  query RunsList($take: Int!, $skip: Int!) {\n    runs(take: $take, skip: $skip) {\n      id\n      analysis\n      status\n      createdAt\n      finishedAt\n      progress\n      imported {\n        sourceChecksum\n        sourceRunId\n        exportedAt\n        serverVersion\n      }\n      trialCounts {\n        total\n        completed\n        failed\n        running\n      }\n    }\n  }\n': typeof types.RunsListDocument;
  '\n  query RunDetail($id: ID!, $failures: Int!, $running: Int!) {\n    run(id: $id) {\n      id\n      analysis\n      analysisVersion\n      status\n      createdAt\n      finishedAt\n      error\n      params\n      progress\n      imported {\n        sourceChecksum\n        sourceRunId\n        exportedAt\n        serverVersion\n        importedAt\n      }\n      trialCounts {\n        total\n        queued\n        running\n        completed\n        failed\n        cancelled\n      }\n      failures(take: $failures) {\n        key\n        ordinal\n        config\n        attempts\n        reason\n      }\n      runningTrials: trials(status: RUNNING, take: $running) {\n        key\n        ordinal\n        config\n        progress\n        progressMessage\n      }\n    }\n  }\n': typeof types.RunDetailDocument;
  '\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.CancelRunDocument;
  '\n  mutation StartRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n    }\n  }\n': typeof types.StartRunDocument;
  '\n  query AnalysisPlugins {\n    plugins(kind: ANALYSIS) {\n      name\n      version\n      description\n      paramsSchema\n    }\n  }\n': typeof types.AnalysisPluginsDocument;
  '\n  query System {\n    system {\n      version\n      executionProviders {\n        available\n        active\n        setting\n      }\n      plugins {\n        kind\n        name\n        version\n        description\n        origin\n        paramsSchema\n      }\n    }\n  }\n': typeof types.SystemDocument;
  '\n  query Workers {\n    workers {\n      id\n      host\n      pid\n      provider\n      threads\n      slots\n      completed\n      startedAt\n      lastSeen\n      trials {\n        runId\n        trialKey\n      }\n      local\n      recycleThresholdMb\n      memoryRecycles\n      processes {\n        pid\n        rssBytes\n        heapUsedBytes\n        cacheBytes\n        busy\n      }\n    }\n  }\n': typeof types.WorkersDocument;
};
const documents: Documents = {
  '\n  query AnalysesNav {\n    analyses {\n      analysis\n      description\n    }\n  }\n':
    types.AnalysesNavDocument,
  '\n  query AnalysisOutputs($analysis: String!) {\n    analysisOutputs(analysis: $analysis) {\n      analysis\n      version\n      description\n      summaryTable\n      optionsSchema\n      tables {\n        name\n        description\n        columns {\n          name\n          role\n          label\n          description\n          format\n          nullLabel\n        }\n      }\n      views {\n        kind\n        title\n        table\n        description\n        facets\n        rankBy\n        rankOrder\n        columns\n        pivotColumns\n        pivotValues\n        x\n        y\n        series\n        xScale\n        image\n        caption\n        group\n        header\n        mark\n      }\n    }\n  }\n':
    types.AnalysisOutputsDocument,
  '\n  query AnalysisRuns($analysis: String!, $take: Int!) {\n    runs(analysis: $analysis, take: $take, skip: 0) {\n      id\n      analysis\n      status\n      createdAt\n      trialCount\n      completedCount\n      failedCount\n      progress\n      imported {\n        sourceChecksum\n        sourceRunId\n        exportedAt\n        serverVersion\n      }\n    }\n  }\n':
    types.AnalysisRunsDocument,
  '\n  query RunTable(\n    $runId: ID!\n    $table: String!\n    $filter: JSON\n    $options: JSON\n    $facets: [String!]\n    $facetChoices: JSON\n    $take: Int!\n    $skip: Int!\n  ) {\n    runTable(\n      runId: $runId\n      table: $table\n      filter: $filter\n      options: $options\n      facets: $facets\n      facetChoices: $facetChoices\n      take: $take\n      skip: $skip\n    ) {\n      total\n      skip\n      rows\n      facets {\n        column\n        values\n      }\n    }\n  }\n':
    types.RunTableDocument,
  '\n  fragment ModelFigures on SourceModel {\n    id\n    figures {\n      analysis\n      runId\n      table {\n        name\n        columns {\n          name\n          role\n          label\n          description\n          format\n        }\n      }\n      rows\n    }\n  }\n':
    types.ModelFiguresFragmentDoc,
  '\n  query CatalogModels {\n    models {\n      id\n      name\n      origin\n      architecture\n      parameterCount\n      numClasses\n      trainSize\n      cleanAccuracy\n      robustCount\n      runCount\n      forwardOnly\n      gradientProblem\n      training {\n        kind\n        attack\n        norm\n        eps\n        epsLabel\n        recipe\n        dataset\n      }\n      robustAccuracy {\n        norm\n        eps\n        epsLabel\n        accuracy\n      }\n      ...ModelFigures\n    }\n  }\n':
    types.CatalogModelsDocument,
  '\n  query CatalogDatasets {\n    datasets {\n      name\n      version\n      description\n      origin\n    }\n  }\n':
    types.CatalogDatasetsDocument,
  '\n  query CatalogDataset($name: String!, $thumbnails: Int!) {\n    dataset(name: $name) {\n      name\n      loadError\n      details {\n        trainSize\n        testSize\n        classes\n        imageShape {\n          channels\n          height\n          width\n        }\n        thumbnails(count: $thumbnails) {\n          index\n          label\n          className\n          url\n        }\n      }\n    }\n  }\n':
    types.CatalogDatasetDocument,
  '\n  query CatalogPlugins {\n    plugins {\n      kind\n      name\n      version\n      description\n      origin\n    }\n  }\n':
    types.CatalogPluginsDocument,
  '\n  mutation ImportModel($input: ImportModelInput!) {\n    importModel(input: $input) {\n      id\n      name\n      origin\n      architecture\n      numClasses\n      checksum\n      size\n      featureTensor\n      blocks\n      input {\n        channels\n        height\n        width\n      }\n      training {\n        kind\n        norm\n        epsLabel\n        dataset\n      }\n    }\n  }\n':
    types.ImportModelDocument,
  '\n  query DatasetClasses($name: String!) {\n    dataset(name: $name) {\n      name\n      details {\n        classes\n      }\n    }\n  }\n':
    types.DatasetClassesDocument,
  '\n  query ExampleEvidence($dataset: String!, $split: String!, $index: Int!, $runIds: [ID!]) {\n    exampleEvidence(dataset: $dataset, split: $split, index: $index, runIds: $runIds) {\n      image {\n        dataset\n        split\n        index\n      }\n      runs {\n        runId\n        analysis\n        createdAt\n        rows\n        problem\n      }\n      evidence {\n        runId\n        analysis\n        view {\n          kind\n          title\n          table\n          description\n          image\n          caption\n        }\n        table {\n          name\n          description\n          columns {\n            name\n            role\n            label\n            description\n            format\n            nullLabel\n          }\n        }\n        total\n        rows\n      }\n      coverage {\n        runId\n        analysis\n        view\n        table\n        rows\n        images\n      }\n      requests {\n        analysis\n        view\n        table\n        onRequest\n      }\n      models {\n        id\n        training\n      }\n    }\n  }\n':
    types.ExampleEvidenceDocument,
  '\n  query ExampleRun($id: ID!) {\n    run(id: $id) {\n      id\n      analysis\n      status\n      error\n      params\n      progress\n    }\n  }\n':
    types.ExampleRunDocument,
  '\n  query ExampleImages($dataset: String, $split: String, $runIds: [ID!], $take: Int!, $skip: Int!) {\n    exampleImages(dataset: $dataset, split: $split, runIds: $runIds, take: $take, skip: $skip) {\n      total\n      skip\n      datasets\n      images {\n        dataset\n        split\n        index\n        analyses {\n          analysis\n          runs\n          rows\n        }\n      }\n      runs {\n        runId\n        analysis\n        createdAt\n        rows\n        problem\n      }\n    }\n  }\n':
    types.ExampleImagesDocument,
  '\n  query HomeAnalyses {\n    analyses {\n      analysis\n      summaryTable\n      tables {\n        name\n        description\n        columns {\n          name\n          role\n          label\n          description\n          format\n          nullLabel\n        }\n      }\n    }\n  }\n':
    types.HomeAnalysesDocument,
  '\n  query ResultsRuns($take: Int!) {\n    runs(take: $take, skip: 0) {\n      id\n      analysis\n      status\n      createdAt\n      trialCount\n      completedCount\n      failedCount\n      progress\n      imported {\n        sourceChecksum\n        sourceRunId\n        exportedAt\n        serverVersion\n      }\n    }\n  }\n':
    types.ResultsRunsDocument,
  '\n  query RunsList($take: Int!, $skip: Int!) {\n    runs(take: $take, skip: $skip) {\n      id\n      analysis\n      status\n      createdAt\n      finishedAt\n      progress\n      imported {\n        sourceChecksum\n        sourceRunId\n        exportedAt\n        serverVersion\n      }\n      trialCounts {\n        total\n        completed\n        failed\n        running\n      }\n    }\n  }\n':
    types.RunsListDocument,
  '\n  query RunDetail($id: ID!, $failures: Int!, $running: Int!) {\n    run(id: $id) {\n      id\n      analysis\n      analysisVersion\n      status\n      createdAt\n      finishedAt\n      error\n      params\n      progress\n      imported {\n        sourceChecksum\n        sourceRunId\n        exportedAt\n        serverVersion\n        importedAt\n      }\n      trialCounts {\n        total\n        queued\n        running\n        completed\n        failed\n        cancelled\n      }\n      failures(take: $failures) {\n        key\n        ordinal\n        config\n        attempts\n        reason\n      }\n      runningTrials: trials(status: RUNNING, take: $running) {\n        key\n        ordinal\n        config\n        progress\n        progressMessage\n      }\n    }\n  }\n':
    types.RunDetailDocument,
  '\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      id\n      status\n    }\n  }\n':
    types.CancelRunDocument,
  '\n  mutation StartRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n    }\n  }\n':
    types.StartRunDocument,
  '\n  query AnalysisPlugins {\n    plugins(kind: ANALYSIS) {\n      name\n      version\n      description\n      paramsSchema\n    }\n  }\n':
    types.AnalysisPluginsDocument,
  '\n  query System {\n    system {\n      version\n      executionProviders {\n        available\n        active\n        setting\n      }\n      plugins {\n        kind\n        name\n        version\n        description\n        origin\n        paramsSchema\n      }\n    }\n  }\n':
    types.SystemDocument,
  '\n  query Workers {\n    workers {\n      id\n      host\n      pid\n      provider\n      threads\n      slots\n      completed\n      startedAt\n      lastSeen\n      trials {\n        runId\n        trialKey\n      }\n      local\n      recycleThresholdMb\n      memoryRecycles\n      processes {\n        pid\n        rssBytes\n        heapUsedBytes\n        cacheBytes\n        busy\n      }\n    }\n  }\n':
    types.WorkersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AnalysesNav {\n    analyses {\n      analysis\n      description\n    }\n  }\n',
): (typeof documents)['\n  query AnalysesNav {\n    analyses {\n      analysis\n      description\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AnalysisOutputs($analysis: String!) {\n    analysisOutputs(analysis: $analysis) {\n      analysis\n      version\n      description\n      summaryTable\n      optionsSchema\n      tables {\n        name\n        description\n        columns {\n          name\n          role\n          label\n          description\n          format\n          nullLabel\n        }\n      }\n      views {\n        kind\n        title\n        table\n        description\n        facets\n        rankBy\n        rankOrder\n        columns\n        pivotColumns\n        pivotValues\n        x\n        y\n        series\n        xScale\n        image\n        caption\n        group\n        header\n        mark\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AnalysisOutputs($analysis: String!) {\n    analysisOutputs(analysis: $analysis) {\n      analysis\n      version\n      description\n      summaryTable\n      optionsSchema\n      tables {\n        name\n        description\n        columns {\n          name\n          role\n          label\n          description\n          format\n          nullLabel\n        }\n      }\n      views {\n        kind\n        title\n        table\n        description\n        facets\n        rankBy\n        rankOrder\n        columns\n        pivotColumns\n        pivotValues\n        x\n        y\n        series\n        xScale\n        image\n        caption\n        group\n        header\n        mark\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AnalysisRuns($analysis: String!, $take: Int!) {\n    runs(analysis: $analysis, take: $take, skip: 0) {\n      id\n      analysis\n      status\n      createdAt\n      trialCount\n      completedCount\n      failedCount\n      progress\n      imported {\n        sourceChecksum\n        sourceRunId\n        exportedAt\n        serverVersion\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AnalysisRuns($analysis: String!, $take: Int!) {\n    runs(analysis: $analysis, take: $take, skip: 0) {\n      id\n      analysis\n      status\n      createdAt\n      trialCount\n      completedCount\n      failedCount\n      progress\n      imported {\n        sourceChecksum\n        sourceRunId\n        exportedAt\n        serverVersion\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RunTable(\n    $runId: ID!\n    $table: String!\n    $filter: JSON\n    $options: JSON\n    $facets: [String!]\n    $facetChoices: JSON\n    $take: Int!\n    $skip: Int!\n  ) {\n    runTable(\n      runId: $runId\n      table: $table\n      filter: $filter\n      options: $options\n      facets: $facets\n      facetChoices: $facetChoices\n      take: $take\n      skip: $skip\n    ) {\n      total\n      skip\n      rows\n      facets {\n        column\n        values\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RunTable(\n    $runId: ID!\n    $table: String!\n    $filter: JSON\n    $options: JSON\n    $facets: [String!]\n    $facetChoices: JSON\n    $take: Int!\n    $skip: Int!\n  ) {\n    runTable(\n      runId: $runId\n      table: $table\n      filter: $filter\n      options: $options\n      facets: $facets\n      facetChoices: $facetChoices\n      take: $take\n      skip: $skip\n    ) {\n      total\n      skip\n      rows\n      facets {\n        column\n        values\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ModelFigures on SourceModel {\n    id\n    figures {\n      analysis\n      runId\n      table {\n        name\n        columns {\n          name\n          role\n          label\n          description\n          format\n        }\n      }\n      rows\n    }\n  }\n',
): (typeof documents)['\n  fragment ModelFigures on SourceModel {\n    id\n    figures {\n      analysis\n      runId\n      table {\n        name\n        columns {\n          name\n          role\n          label\n          description\n          format\n        }\n      }\n      rows\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CatalogModels {\n    models {\n      id\n      name\n      origin\n      architecture\n      parameterCount\n      numClasses\n      trainSize\n      cleanAccuracy\n      robustCount\n      runCount\n      forwardOnly\n      gradientProblem\n      training {\n        kind\n        attack\n        norm\n        eps\n        epsLabel\n        recipe\n        dataset\n      }\n      robustAccuracy {\n        norm\n        eps\n        epsLabel\n        accuracy\n      }\n      ...ModelFigures\n    }\n  }\n',
): (typeof documents)['\n  query CatalogModels {\n    models {\n      id\n      name\n      origin\n      architecture\n      parameterCount\n      numClasses\n      trainSize\n      cleanAccuracy\n      robustCount\n      runCount\n      forwardOnly\n      gradientProblem\n      training {\n        kind\n        attack\n        norm\n        eps\n        epsLabel\n        recipe\n        dataset\n      }\n      robustAccuracy {\n        norm\n        eps\n        epsLabel\n        accuracy\n      }\n      ...ModelFigures\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CatalogDatasets {\n    datasets {\n      name\n      version\n      description\n      origin\n    }\n  }\n',
): (typeof documents)['\n  query CatalogDatasets {\n    datasets {\n      name\n      version\n      description\n      origin\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CatalogDataset($name: String!, $thumbnails: Int!) {\n    dataset(name: $name) {\n      name\n      loadError\n      details {\n        trainSize\n        testSize\n        classes\n        imageShape {\n          channels\n          height\n          width\n        }\n        thumbnails(count: $thumbnails) {\n          index\n          label\n          className\n          url\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CatalogDataset($name: String!, $thumbnails: Int!) {\n    dataset(name: $name) {\n      name\n      loadError\n      details {\n        trainSize\n        testSize\n        classes\n        imageShape {\n          channels\n          height\n          width\n        }\n        thumbnails(count: $thumbnails) {\n          index\n          label\n          className\n          url\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CatalogPlugins {\n    plugins {\n      kind\n      name\n      version\n      description\n      origin\n    }\n  }\n',
): (typeof documents)['\n  query CatalogPlugins {\n    plugins {\n      kind\n      name\n      version\n      description\n      origin\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportModel($input: ImportModelInput!) {\n    importModel(input: $input) {\n      id\n      name\n      origin\n      architecture\n      numClasses\n      checksum\n      size\n      featureTensor\n      blocks\n      input {\n        channels\n        height\n        width\n      }\n      training {\n        kind\n        norm\n        epsLabel\n        dataset\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportModel($input: ImportModelInput!) {\n    importModel(input: $input) {\n      id\n      name\n      origin\n      architecture\n      numClasses\n      checksum\n      size\n      featureTensor\n      blocks\n      input {\n        channels\n        height\n        width\n      }\n      training {\n        kind\n        norm\n        epsLabel\n        dataset\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DatasetClasses($name: String!) {\n    dataset(name: $name) {\n      name\n      details {\n        classes\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DatasetClasses($name: String!) {\n    dataset(name: $name) {\n      name\n      details {\n        classes\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExampleEvidence($dataset: String!, $split: String!, $index: Int!, $runIds: [ID!]) {\n    exampleEvidence(dataset: $dataset, split: $split, index: $index, runIds: $runIds) {\n      image {\n        dataset\n        split\n        index\n      }\n      runs {\n        runId\n        analysis\n        createdAt\n        rows\n        problem\n      }\n      evidence {\n        runId\n        analysis\n        view {\n          kind\n          title\n          table\n          description\n          image\n          caption\n        }\n        table {\n          name\n          description\n          columns {\n            name\n            role\n            label\n            description\n            format\n            nullLabel\n          }\n        }\n        total\n        rows\n      }\n      coverage {\n        runId\n        analysis\n        view\n        table\n        rows\n        images\n      }\n      requests {\n        analysis\n        view\n        table\n        onRequest\n      }\n      models {\n        id\n        training\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ExampleEvidence($dataset: String!, $split: String!, $index: Int!, $runIds: [ID!]) {\n    exampleEvidence(dataset: $dataset, split: $split, index: $index, runIds: $runIds) {\n      image {\n        dataset\n        split\n        index\n      }\n      runs {\n        runId\n        analysis\n        createdAt\n        rows\n        problem\n      }\n      evidence {\n        runId\n        analysis\n        view {\n          kind\n          title\n          table\n          description\n          image\n          caption\n        }\n        table {\n          name\n          description\n          columns {\n            name\n            role\n            label\n            description\n            format\n            nullLabel\n          }\n        }\n        total\n        rows\n      }\n      coverage {\n        runId\n        analysis\n        view\n        table\n        rows\n        images\n      }\n      requests {\n        analysis\n        view\n        table\n        onRequest\n      }\n      models {\n        id\n        training\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExampleRun($id: ID!) {\n    run(id: $id) {\n      id\n      analysis\n      status\n      error\n      params\n      progress\n    }\n  }\n',
): (typeof documents)['\n  query ExampleRun($id: ID!) {\n    run(id: $id) {\n      id\n      analysis\n      status\n      error\n      params\n      progress\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExampleImages($dataset: String, $split: String, $runIds: [ID!], $take: Int!, $skip: Int!) {\n    exampleImages(dataset: $dataset, split: $split, runIds: $runIds, take: $take, skip: $skip) {\n      total\n      skip\n      datasets\n      images {\n        dataset\n        split\n        index\n        analyses {\n          analysis\n          runs\n          rows\n        }\n      }\n      runs {\n        runId\n        analysis\n        createdAt\n        rows\n        problem\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ExampleImages($dataset: String, $split: String, $runIds: [ID!], $take: Int!, $skip: Int!) {\n    exampleImages(dataset: $dataset, split: $split, runIds: $runIds, take: $take, skip: $skip) {\n      total\n      skip\n      datasets\n      images {\n        dataset\n        split\n        index\n        analyses {\n          analysis\n          runs\n          rows\n        }\n      }\n      runs {\n        runId\n        analysis\n        createdAt\n        rows\n        problem\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query HomeAnalyses {\n    analyses {\n      analysis\n      summaryTable\n      tables {\n        name\n        description\n        columns {\n          name\n          role\n          label\n          description\n          format\n          nullLabel\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query HomeAnalyses {\n    analyses {\n      analysis\n      summaryTable\n      tables {\n        name\n        description\n        columns {\n          name\n          role\n          label\n          description\n          format\n          nullLabel\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ResultsRuns($take: Int!) {\n    runs(take: $take, skip: 0) {\n      id\n      analysis\n      status\n      createdAt\n      trialCount\n      completedCount\n      failedCount\n      progress\n      imported {\n        sourceChecksum\n        sourceRunId\n        exportedAt\n        serverVersion\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ResultsRuns($take: Int!) {\n    runs(take: $take, skip: 0) {\n      id\n      analysis\n      status\n      createdAt\n      trialCount\n      completedCount\n      failedCount\n      progress\n      imported {\n        sourceChecksum\n        sourceRunId\n        exportedAt\n        serverVersion\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RunsList($take: Int!, $skip: Int!) {\n    runs(take: $take, skip: $skip) {\n      id\n      analysis\n      status\n      createdAt\n      finishedAt\n      progress\n      imported {\n        sourceChecksum\n        sourceRunId\n        exportedAt\n        serverVersion\n      }\n      trialCounts {\n        total\n        completed\n        failed\n        running\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RunsList($take: Int!, $skip: Int!) {\n    runs(take: $take, skip: $skip) {\n      id\n      analysis\n      status\n      createdAt\n      finishedAt\n      progress\n      imported {\n        sourceChecksum\n        sourceRunId\n        exportedAt\n        serverVersion\n      }\n      trialCounts {\n        total\n        completed\n        failed\n        running\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RunDetail($id: ID!, $failures: Int!, $running: Int!) {\n    run(id: $id) {\n      id\n      analysis\n      analysisVersion\n      status\n      createdAt\n      finishedAt\n      error\n      params\n      progress\n      imported {\n        sourceChecksum\n        sourceRunId\n        exportedAt\n        serverVersion\n        importedAt\n      }\n      trialCounts {\n        total\n        queued\n        running\n        completed\n        failed\n        cancelled\n      }\n      failures(take: $failures) {\n        key\n        ordinal\n        config\n        attempts\n        reason\n      }\n      runningTrials: trials(status: RUNNING, take: $running) {\n        key\n        ordinal\n        config\n        progress\n        progressMessage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RunDetail($id: ID!, $failures: Int!, $running: Int!) {\n    run(id: $id) {\n      id\n      analysis\n      analysisVersion\n      status\n      createdAt\n      finishedAt\n      error\n      params\n      progress\n      imported {\n        sourceChecksum\n        sourceRunId\n        exportedAt\n        serverVersion\n        importedAt\n      }\n      trialCounts {\n        total\n        queued\n        running\n        completed\n        failed\n        cancelled\n      }\n      failures(take: $failures) {\n        key\n        ordinal\n        config\n        attempts\n        reason\n      }\n      runningTrials: trials(status: RUNNING, take: $running) {\n        key\n        ordinal\n        config\n        progress\n        progressMessage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation StartRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AnalysisPlugins {\n    plugins(kind: ANALYSIS) {\n      name\n      version\n      description\n      paramsSchema\n    }\n  }\n',
): (typeof documents)['\n  query AnalysisPlugins {\n    plugins(kind: ANALYSIS) {\n      name\n      version\n      description\n      paramsSchema\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query System {\n    system {\n      version\n      executionProviders {\n        available\n        active\n        setting\n      }\n      plugins {\n        kind\n        name\n        version\n        description\n        origin\n        paramsSchema\n      }\n    }\n  }\n',
): (typeof documents)['\n  query System {\n    system {\n      version\n      executionProviders {\n        available\n        active\n        setting\n      }\n      plugins {\n        kind\n        name\n        version\n        description\n        origin\n        paramsSchema\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Workers {\n    workers {\n      id\n      host\n      pid\n      provider\n      threads\n      slots\n      completed\n      startedAt\n      lastSeen\n      trials {\n        runId\n        trialKey\n      }\n      local\n      recycleThresholdMb\n      memoryRecycles\n      processes {\n        pid\n        rssBytes\n        heapUsedBytes\n        cacheBytes\n        busy\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Workers {\n    workers {\n      id\n      host\n      pid\n      provider\n      threads\n      slots\n      completed\n      startedAt\n      lastSeen\n      trials {\n        runId\n        trialKey\n      }\n      local\n      recycleThresholdMb\n      memoryRecycles\n      processes {\n        pid\n        rssBytes\n        heapUsedBytes\n        cacheBytes\n        busy\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
