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
  '\n  query AnalysisOutputs($analysis: String!) {\n    analysisOutputs(analysis: $analysis) {\n      analysis\n      version\n      description\n      summaryTable\n      tables {\n        name\n        description\n        columns {\n          name\n          role\n          label\n          description\n          format\n        }\n      }\n      views {\n        kind\n        title\n        table\n        description\n        facets\n        rankBy\n        rankOrder\n        x\n        y\n        series\n        xScale\n        image\n        caption\n      }\n    }\n  }\n': typeof types.AnalysisOutputsDocument;
  '\n  query AnalysisRuns($analysis: String!, $take: Int!) {\n    runs(analysis: $analysis, take: $take, skip: 0) {\n      id\n      analysis\n      status\n      createdAt\n      trialCount\n      completedCount\n      failedCount\n      progress\n    }\n  }\n': typeof types.AnalysisRunsDocument;
  '\n  query RunTable($runId: ID!, $table: String!, $filter: JSON, $options: JSON, $facets: [String!], $take: Int!, $skip: Int!) {\n    runTable(runId: $runId, table: $table, filter: $filter, options: $options, facets: $facets, take: $take, skip: $skip) {\n      total\n      skip\n      rows\n      facets {\n        column\n        values\n      }\n    }\n  }\n': typeof types.RunTableDocument;
  '\n  query CatalogModels {\n    models {\n      id\n      name\n      origin\n      architecture\n      parameterCount\n      numClasses\n      trainSize\n      cleanAccuracy\n      robustCount\n      runCount\n      training {\n        kind\n        attack\n        norm\n        eps\n        epsLabel\n        recipe\n        dataset\n      }\n      ...RobustFigures\n    }\n  }\n': typeof types.CatalogModelsDocument;
  '\n  query CatalogDatasets {\n    datasets {\n      name\n      version\n      description\n      origin\n    }\n  }\n': typeof types.CatalogDatasetsDocument;
  '\n  query CatalogDataset($name: String!, $thumbnails: Int!) {\n    dataset(name: $name) {\n      name\n      loadError\n      details {\n        trainSize\n        testSize\n        classes\n        imageShape {\n          channels\n          height\n          width\n        }\n        thumbnails(count: $thumbnails) {\n          index\n          label\n          className\n          url\n        }\n      }\n    }\n  }\n': typeof types.CatalogDatasetDocument;
  '\n  query CatalogPlugins {\n    plugins {\n      kind\n      name\n      version\n      description\n      origin\n    }\n  }\n': typeof types.CatalogPluginsDocument;
  '\n  mutation ImportModel($input: ImportModelInput!) {\n    importModel(input: $input) {\n      id\n      name\n      origin\n      architecture\n      numClasses\n      checksum\n      size\n      featureTensor\n      blocks\n      input {\n        channels\n        height\n        width\n      }\n      training {\n        kind\n        norm\n        epsLabel\n        dataset\n      }\n    }\n  }\n': typeof types.ImportModelDocument;
  '\n  query ExampleEvidence($dataset: String!, $index: Int!, $runIds: [ID!]!) {\n    exampleEvidence(dataset: $dataset, index: $index, runIds: $runIds) {\n      dataset\n      index\n      label\n      notes\n      sources {\n        source\n        natural\n        saliency {\n          runId\n          setting\n          predicted\n          scores {\n            method\n            ratio\n          }\n          maps {\n            kind\n            url\n          }\n        }\n        robustness {\n          runId\n          norm\n          attack\n          seed\n          minEps\n          minEpsAttack\n          maxEps\n        }\n        influence {\n          runId\n          n\n          depth\n          seed\n          predicted\n          helpful {\n            index\n            label\n            score\n          }\n          harmful {\n            index\n            label\n            score\n          }\n        }\n        transfer {\n          runId\n          n\n          depth\n          seed\n          correct\n        }\n      }\n    }\n  }\n': typeof types.ExampleEvidenceDocument;
  '\n  fragment InfluenceIntervalFields on InfluenceInterval {\n    seeds\n    mean\n    sd\n    low\n    high\n  }\n': typeof types.InfluenceIntervalFieldsFragmentDoc;
  '\n  query InfluenceResults($runId: ID!, $baseline: String) {\n    influenceResults(runId: $runId, baseline: $baseline) {\n      settings {\n        target\n        depth\n        n\n        testIndices\n        sources {\n          source\n          top1Match {\n            ...InfluenceIntervalFields\n          }\n          top5AtLeast3 {\n            ...InfluenceIntervalFields\n          }\n          trainTop1Match {\n            ...InfluenceIntervalFields\n          }\n          trainTop5AtLeast3 {\n            ...InfluenceIntervalFields\n          }\n          matchByRank {\n            rank\n            share {\n              ...InfluenceIntervalFields\n            }\n          }\n          trainMatchByRank {\n            rank\n            share {\n              ...InfluenceIntervalFields\n            }\n          }\n          solver\n          cutoff\n          rank\n        }\n        deltas {\n          source\n          baseline\n          metric\n          mean\n          low\n          high\n          pValue\n          seeds\n        }\n      }\n    }\n  }\n': typeof types.InfluenceResultsDocument;
  '\n  query InfluenceExample(\n    $runId: ID!\n    $target: String!\n    $depth: Int!\n    $n: Int!\n    $testIndex: Int!\n    $seed: Int\n    $take: Int!\n  ) {\n    influenceExample(\n      runId: $runId\n      target: $target\n      depth: $depth\n      n: $n\n      testIndex: $testIndex\n      seed: $seed\n      take: $take\n    ) {\n      source\n      seed\n      testIndex\n      label\n      predicted\n      helpful {\n        index\n        label\n        score\n      }\n      harmful {\n        index\n        label\n        score\n      }\n    }\n  }\n': typeof types.InfluenceExampleDocument;
  '\n  query InfluenceRunParams($id: ID!) {\n    run(id: $id) {\n      id\n      params\n    }\n  }\n': typeof types.InfluenceRunParamsDocument;
  '\n  query InfluenceClasses($name: String!) {\n    dataset(name: $name) {\n      name\n      details {\n        classes\n      }\n    }\n  }\n': typeof types.InfluenceClassesDocument;
  '\n  query ResultsRuns($take: Int!) {\n    runs(take: $take, skip: 0) {\n      id\n      analysis\n      status\n      createdAt\n      trialCount\n      completedCount\n      failedCount\n      progress\n    }\n  }\n': typeof types.ResultsRunsDocument;
  '\n  query RunResults($runId: ID!, $baseline: String) {\n    runResults(runId: $runId, baseline: $baseline) {\n      target\n      depth\n      lr\n      accuracy {\n        source\n        n\n        mean\n        sd\n        low\n        high\n        seeds\n      }\n      epochs {\n        source\n        n\n        epoch\n        mean\n        low\n        high\n        seeds\n      }\n      deltas {\n        source\n        baseline\n        n\n        mean\n        low\n        high\n        seeds\n        pValue\n      }\n      efficiency {\n        source\n        score\n      }\n      leaderboard {\n        n\n        rank\n        source\n        mean\n      }\n    }\n  }\n': typeof types.RunResultsDocument;
  '\n  fragment RobustnessIntervalFields on RobustnessInterval {\n    mean\n    sd\n    low\n    high\n    seeds\n  }\n': typeof types.RobustnessIntervalFieldsFragmentDoc;
  '\n  query RobustnessResults($runId: ID!) {\n    robustnessResults(runId: $runId) {\n      boards {\n        dataset\n        norm\n        eps\n        attacks\n        rows {\n          source\n          clean {\n            ...RobustnessIntervalFields\n          }\n          ensemble {\n            ...RobustnessIntervalFields\n          }\n          attacks {\n            attack\n            accuracy {\n              ...RobustnessIntervalFields\n            }\n          }\n          components {\n            attack\n            component\n            accuracy {\n              ...RobustnessIntervalFields\n            }\n          }\n          flags\n          passesPerImage\n          manifest\n        }\n      }\n      curves {\n        source\n        dataset\n        norm\n        attack\n        clean {\n          ...RobustnessIntervalFields\n        }\n        points {\n          eps\n          accuracy {\n            ...RobustnessIntervalFields\n          }\n        }\n        auc {\n          ...RobustnessIntervalFields\n        }\n      }\n      flags {\n        name\n        message\n        source\n        dataset\n        norm\n        attack\n        seed\n      }\n    }\n  }\n': typeof types.RobustnessResultsDocument;
  '\n  fragment RobustFigures on SourceModel {\n    id\n    robustAccuracy {\n      norm\n      eps\n      epsLabel\n      accuracy\n    }\n    measuredRobustness {\n      runId\n      dataset\n      norm\n      eps\n      accuracy\n      clean\n      attacks\n      flags\n    }\n  }\n': typeof types.RobustFiguresFragmentDoc;
  '\n  query SourceRobustness {\n    models(take: 100) {\n      ...RobustFigures\n    }\n  }\n': typeof types.SourceRobustnessDocument;
  '\n  query RunsList($take: Int!, $skip: Int!) {\n    runs(take: $take, skip: $skip) {\n      id\n      analysis\n      status\n      createdAt\n      finishedAt\n      progress\n      trialCounts {\n        total\n        completed\n        failed\n        running\n      }\n    }\n  }\n': typeof types.RunsListDocument;
  '\n  query RunDetail($id: ID!, $failures: Int!, $running: Int!) {\n    run(id: $id) {\n      id\n      analysis\n      analysisVersion\n      status\n      createdAt\n      finishedAt\n      error\n      params\n      progress\n      trialCounts {\n        total\n        queued\n        running\n        completed\n        failed\n        cancelled\n      }\n      failures(take: $failures) {\n        key\n        ordinal\n        config\n        attempts\n        reason\n      }\n      runningTrials: trials(status: RUNNING, take: $running) {\n        key\n        ordinal\n        config\n        progress\n        progressMessage\n      }\n    }\n  }\n': typeof types.RunDetailDocument;
  '\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.CancelRunDocument;
  '\n  mutation StartRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n    }\n  }\n': typeof types.StartRunDocument;
  '\n  query AnalysisPlugins {\n    plugins(kind: ANALYSIS) {\n      name\n      version\n      description\n      paramsSchema\n    }\n  }\n': typeof types.AnalysisPluginsDocument;
  '\n  query SaliencyResults($runId: ID!, $baseline: String) {\n    saliencyResults(runId: $runId, baseline: $baseline) {\n      groups {\n        dataset\n        setting\n        method\n        sources {\n          source\n          accuracy\n          alignment {\n            images\n            mean\n            low\n            high\n          }\n          massShare {\n            mean\n          }\n          completeness {\n            images\n            withinOnePercent\n            median\n            max\n          }\n        }\n        deltas {\n          source\n          baseline\n          mean\n          low\n          high\n          pValue\n          images\n        }\n      }\n    }\n  }\n': typeof types.SaliencyResultsDocument;
  '\n  query SaliencyGrid($runId: ID!, $dataset: String!, $kind: String!, $skip: Int!, $take: Int!) {\n    saliencyGrid(runId: $runId, dataset: $dataset, kind: $kind, skip: $skip, take: $take) {\n      sources\n      total\n      withMaps\n      rows {\n        index\n        label\n        cells {\n          source\n          predicted\n          ratio\n          map\n        }\n      }\n    }\n  }\n': typeof types.SaliencyGridDocument;
  '\n  query SaliencyDisagreements($runId: ID!, $dataset: String!, $method: String!, $take: Int!) {\n    saliencyDisagreements(runId: $runId, dataset: $dataset, method: $method, take: $take) {\n      index\n      label\n      source\n      baseline\n      ratio\n      baselineRatio\n      predicted\n      baselinePredicted\n    }\n  }\n': typeof types.SaliencyDisagreementsDocument;
  '\n  query System {\n    system {\n      version\n      executionProviders {\n        available\n        active\n        setting\n      }\n      plugins {\n        kind\n        name\n        version\n        description\n        origin\n        paramsSchema\n      }\n    }\n  }\n': typeof types.SystemDocument;
  '\n  query Workers {\n    workers {\n      id\n      host\n      pid\n      provider\n      threads\n      slots\n      completed\n      startedAt\n      lastSeen\n      trials {\n        runId\n        trialKey\n      }\n    }\n  }\n': typeof types.WorkersDocument;
};
const documents: Documents = {
  '\n  query AnalysesNav {\n    analyses {\n      analysis\n      description\n    }\n  }\n':
    types.AnalysesNavDocument,
  '\n  query AnalysisOutputs($analysis: String!) {\n    analysisOutputs(analysis: $analysis) {\n      analysis\n      version\n      description\n      summaryTable\n      tables {\n        name\n        description\n        columns {\n          name\n          role\n          label\n          description\n          format\n        }\n      }\n      views {\n        kind\n        title\n        table\n        description\n        facets\n        rankBy\n        rankOrder\n        x\n        y\n        series\n        xScale\n        image\n        caption\n      }\n    }\n  }\n':
    types.AnalysisOutputsDocument,
  '\n  query AnalysisRuns($analysis: String!, $take: Int!) {\n    runs(analysis: $analysis, take: $take, skip: 0) {\n      id\n      analysis\n      status\n      createdAt\n      trialCount\n      completedCount\n      failedCount\n      progress\n    }\n  }\n':
    types.AnalysisRunsDocument,
  '\n  query RunTable($runId: ID!, $table: String!, $filter: JSON, $options: JSON, $facets: [String!], $take: Int!, $skip: Int!) {\n    runTable(runId: $runId, table: $table, filter: $filter, options: $options, facets: $facets, take: $take, skip: $skip) {\n      total\n      skip\n      rows\n      facets {\n        column\n        values\n      }\n    }\n  }\n':
    types.RunTableDocument,
  '\n  query CatalogModels {\n    models {\n      id\n      name\n      origin\n      architecture\n      parameterCount\n      numClasses\n      trainSize\n      cleanAccuracy\n      robustCount\n      runCount\n      training {\n        kind\n        attack\n        norm\n        eps\n        epsLabel\n        recipe\n        dataset\n      }\n      ...RobustFigures\n    }\n  }\n':
    types.CatalogModelsDocument,
  '\n  query CatalogDatasets {\n    datasets {\n      name\n      version\n      description\n      origin\n    }\n  }\n':
    types.CatalogDatasetsDocument,
  '\n  query CatalogDataset($name: String!, $thumbnails: Int!) {\n    dataset(name: $name) {\n      name\n      loadError\n      details {\n        trainSize\n        testSize\n        classes\n        imageShape {\n          channels\n          height\n          width\n        }\n        thumbnails(count: $thumbnails) {\n          index\n          label\n          className\n          url\n        }\n      }\n    }\n  }\n':
    types.CatalogDatasetDocument,
  '\n  query CatalogPlugins {\n    plugins {\n      kind\n      name\n      version\n      description\n      origin\n    }\n  }\n':
    types.CatalogPluginsDocument,
  '\n  mutation ImportModel($input: ImportModelInput!) {\n    importModel(input: $input) {\n      id\n      name\n      origin\n      architecture\n      numClasses\n      checksum\n      size\n      featureTensor\n      blocks\n      input {\n        channels\n        height\n        width\n      }\n      training {\n        kind\n        norm\n        epsLabel\n        dataset\n      }\n    }\n  }\n':
    types.ImportModelDocument,
  '\n  query ExampleEvidence($dataset: String!, $index: Int!, $runIds: [ID!]!) {\n    exampleEvidence(dataset: $dataset, index: $index, runIds: $runIds) {\n      dataset\n      index\n      label\n      notes\n      sources {\n        source\n        natural\n        saliency {\n          runId\n          setting\n          predicted\n          scores {\n            method\n            ratio\n          }\n          maps {\n            kind\n            url\n          }\n        }\n        robustness {\n          runId\n          norm\n          attack\n          seed\n          minEps\n          minEpsAttack\n          maxEps\n        }\n        influence {\n          runId\n          n\n          depth\n          seed\n          predicted\n          helpful {\n            index\n            label\n            score\n          }\n          harmful {\n            index\n            label\n            score\n          }\n        }\n        transfer {\n          runId\n          n\n          depth\n          seed\n          correct\n        }\n      }\n    }\n  }\n':
    types.ExampleEvidenceDocument,
  '\n  fragment InfluenceIntervalFields on InfluenceInterval {\n    seeds\n    mean\n    sd\n    low\n    high\n  }\n':
    types.InfluenceIntervalFieldsFragmentDoc,
  '\n  query InfluenceResults($runId: ID!, $baseline: String) {\n    influenceResults(runId: $runId, baseline: $baseline) {\n      settings {\n        target\n        depth\n        n\n        testIndices\n        sources {\n          source\n          top1Match {\n            ...InfluenceIntervalFields\n          }\n          top5AtLeast3 {\n            ...InfluenceIntervalFields\n          }\n          trainTop1Match {\n            ...InfluenceIntervalFields\n          }\n          trainTop5AtLeast3 {\n            ...InfluenceIntervalFields\n          }\n          matchByRank {\n            rank\n            share {\n              ...InfluenceIntervalFields\n            }\n          }\n          trainMatchByRank {\n            rank\n            share {\n              ...InfluenceIntervalFields\n            }\n          }\n          solver\n          cutoff\n          rank\n        }\n        deltas {\n          source\n          baseline\n          metric\n          mean\n          low\n          high\n          pValue\n          seeds\n        }\n      }\n    }\n  }\n':
    types.InfluenceResultsDocument,
  '\n  query InfluenceExample(\n    $runId: ID!\n    $target: String!\n    $depth: Int!\n    $n: Int!\n    $testIndex: Int!\n    $seed: Int\n    $take: Int!\n  ) {\n    influenceExample(\n      runId: $runId\n      target: $target\n      depth: $depth\n      n: $n\n      testIndex: $testIndex\n      seed: $seed\n      take: $take\n    ) {\n      source\n      seed\n      testIndex\n      label\n      predicted\n      helpful {\n        index\n        label\n        score\n      }\n      harmful {\n        index\n        label\n        score\n      }\n    }\n  }\n':
    types.InfluenceExampleDocument,
  '\n  query InfluenceRunParams($id: ID!) {\n    run(id: $id) {\n      id\n      params\n    }\n  }\n':
    types.InfluenceRunParamsDocument,
  '\n  query InfluenceClasses($name: String!) {\n    dataset(name: $name) {\n      name\n      details {\n        classes\n      }\n    }\n  }\n':
    types.InfluenceClassesDocument,
  '\n  query ResultsRuns($take: Int!) {\n    runs(take: $take, skip: 0) {\n      id\n      analysis\n      status\n      createdAt\n      trialCount\n      completedCount\n      failedCount\n      progress\n    }\n  }\n':
    types.ResultsRunsDocument,
  '\n  query RunResults($runId: ID!, $baseline: String) {\n    runResults(runId: $runId, baseline: $baseline) {\n      target\n      depth\n      lr\n      accuracy {\n        source\n        n\n        mean\n        sd\n        low\n        high\n        seeds\n      }\n      epochs {\n        source\n        n\n        epoch\n        mean\n        low\n        high\n        seeds\n      }\n      deltas {\n        source\n        baseline\n        n\n        mean\n        low\n        high\n        seeds\n        pValue\n      }\n      efficiency {\n        source\n        score\n      }\n      leaderboard {\n        n\n        rank\n        source\n        mean\n      }\n    }\n  }\n':
    types.RunResultsDocument,
  '\n  fragment RobustnessIntervalFields on RobustnessInterval {\n    mean\n    sd\n    low\n    high\n    seeds\n  }\n':
    types.RobustnessIntervalFieldsFragmentDoc,
  '\n  query RobustnessResults($runId: ID!) {\n    robustnessResults(runId: $runId) {\n      boards {\n        dataset\n        norm\n        eps\n        attacks\n        rows {\n          source\n          clean {\n            ...RobustnessIntervalFields\n          }\n          ensemble {\n            ...RobustnessIntervalFields\n          }\n          attacks {\n            attack\n            accuracy {\n              ...RobustnessIntervalFields\n            }\n          }\n          components {\n            attack\n            component\n            accuracy {\n              ...RobustnessIntervalFields\n            }\n          }\n          flags\n          passesPerImage\n          manifest\n        }\n      }\n      curves {\n        source\n        dataset\n        norm\n        attack\n        clean {\n          ...RobustnessIntervalFields\n        }\n        points {\n          eps\n          accuracy {\n            ...RobustnessIntervalFields\n          }\n        }\n        auc {\n          ...RobustnessIntervalFields\n        }\n      }\n      flags {\n        name\n        message\n        source\n        dataset\n        norm\n        attack\n        seed\n      }\n    }\n  }\n':
    types.RobustnessResultsDocument,
  '\n  fragment RobustFigures on SourceModel {\n    id\n    robustAccuracy {\n      norm\n      eps\n      epsLabel\n      accuracy\n    }\n    measuredRobustness {\n      runId\n      dataset\n      norm\n      eps\n      accuracy\n      clean\n      attacks\n      flags\n    }\n  }\n':
    types.RobustFiguresFragmentDoc,
  '\n  query SourceRobustness {\n    models(take: 100) {\n      ...RobustFigures\n    }\n  }\n':
    types.SourceRobustnessDocument,
  '\n  query RunsList($take: Int!, $skip: Int!) {\n    runs(take: $take, skip: $skip) {\n      id\n      analysis\n      status\n      createdAt\n      finishedAt\n      progress\n      trialCounts {\n        total\n        completed\n        failed\n        running\n      }\n    }\n  }\n':
    types.RunsListDocument,
  '\n  query RunDetail($id: ID!, $failures: Int!, $running: Int!) {\n    run(id: $id) {\n      id\n      analysis\n      analysisVersion\n      status\n      createdAt\n      finishedAt\n      error\n      params\n      progress\n      trialCounts {\n        total\n        queued\n        running\n        completed\n        failed\n        cancelled\n      }\n      failures(take: $failures) {\n        key\n        ordinal\n        config\n        attempts\n        reason\n      }\n      runningTrials: trials(status: RUNNING, take: $running) {\n        key\n        ordinal\n        config\n        progress\n        progressMessage\n      }\n    }\n  }\n':
    types.RunDetailDocument,
  '\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      id\n      status\n    }\n  }\n':
    types.CancelRunDocument,
  '\n  mutation StartRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n    }\n  }\n':
    types.StartRunDocument,
  '\n  query AnalysisPlugins {\n    plugins(kind: ANALYSIS) {\n      name\n      version\n      description\n      paramsSchema\n    }\n  }\n':
    types.AnalysisPluginsDocument,
  '\n  query SaliencyResults($runId: ID!, $baseline: String) {\n    saliencyResults(runId: $runId, baseline: $baseline) {\n      groups {\n        dataset\n        setting\n        method\n        sources {\n          source\n          accuracy\n          alignment {\n            images\n            mean\n            low\n            high\n          }\n          massShare {\n            mean\n          }\n          completeness {\n            images\n            withinOnePercent\n            median\n            max\n          }\n        }\n        deltas {\n          source\n          baseline\n          mean\n          low\n          high\n          pValue\n          images\n        }\n      }\n    }\n  }\n':
    types.SaliencyResultsDocument,
  '\n  query SaliencyGrid($runId: ID!, $dataset: String!, $kind: String!, $skip: Int!, $take: Int!) {\n    saliencyGrid(runId: $runId, dataset: $dataset, kind: $kind, skip: $skip, take: $take) {\n      sources\n      total\n      withMaps\n      rows {\n        index\n        label\n        cells {\n          source\n          predicted\n          ratio\n          map\n        }\n      }\n    }\n  }\n':
    types.SaliencyGridDocument,
  '\n  query SaliencyDisagreements($runId: ID!, $dataset: String!, $method: String!, $take: Int!) {\n    saliencyDisagreements(runId: $runId, dataset: $dataset, method: $method, take: $take) {\n      index\n      label\n      source\n      baseline\n      ratio\n      baselineRatio\n      predicted\n      baselinePredicted\n    }\n  }\n':
    types.SaliencyDisagreementsDocument,
  '\n  query System {\n    system {\n      version\n      executionProviders {\n        available\n        active\n        setting\n      }\n      plugins {\n        kind\n        name\n        version\n        description\n        origin\n        paramsSchema\n      }\n    }\n  }\n':
    types.SystemDocument,
  '\n  query Workers {\n    workers {\n      id\n      host\n      pid\n      provider\n      threads\n      slots\n      completed\n      startedAt\n      lastSeen\n      trials {\n        runId\n        trialKey\n      }\n    }\n  }\n':
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
  source: '\n  query AnalysisOutputs($analysis: String!) {\n    analysisOutputs(analysis: $analysis) {\n      analysis\n      version\n      description\n      summaryTable\n      tables {\n        name\n        description\n        columns {\n          name\n          role\n          label\n          description\n          format\n        }\n      }\n      views {\n        kind\n        title\n        table\n        description\n        facets\n        rankBy\n        rankOrder\n        x\n        y\n        series\n        xScale\n        image\n        caption\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AnalysisOutputs($analysis: String!) {\n    analysisOutputs(analysis: $analysis) {\n      analysis\n      version\n      description\n      summaryTable\n      tables {\n        name\n        description\n        columns {\n          name\n          role\n          label\n          description\n          format\n        }\n      }\n      views {\n        kind\n        title\n        table\n        description\n        facets\n        rankBy\n        rankOrder\n        x\n        y\n        series\n        xScale\n        image\n        caption\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AnalysisRuns($analysis: String!, $take: Int!) {\n    runs(analysis: $analysis, take: $take, skip: 0) {\n      id\n      analysis\n      status\n      createdAt\n      trialCount\n      completedCount\n      failedCount\n      progress\n    }\n  }\n',
): (typeof documents)['\n  query AnalysisRuns($analysis: String!, $take: Int!) {\n    runs(analysis: $analysis, take: $take, skip: 0) {\n      id\n      analysis\n      status\n      createdAt\n      trialCount\n      completedCount\n      failedCount\n      progress\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RunTable($runId: ID!, $table: String!, $filter: JSON, $options: JSON, $facets: [String!], $take: Int!, $skip: Int!) {\n    runTable(runId: $runId, table: $table, filter: $filter, options: $options, facets: $facets, take: $take, skip: $skip) {\n      total\n      skip\n      rows\n      facets {\n        column\n        values\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RunTable($runId: ID!, $table: String!, $filter: JSON, $options: JSON, $facets: [String!], $take: Int!, $skip: Int!) {\n    runTable(runId: $runId, table: $table, filter: $filter, options: $options, facets: $facets, take: $take, skip: $skip) {\n      total\n      skip\n      rows\n      facets {\n        column\n        values\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CatalogModels {\n    models {\n      id\n      name\n      origin\n      architecture\n      parameterCount\n      numClasses\n      trainSize\n      cleanAccuracy\n      robustCount\n      runCount\n      training {\n        kind\n        attack\n        norm\n        eps\n        epsLabel\n        recipe\n        dataset\n      }\n      ...RobustFigures\n    }\n  }\n',
): (typeof documents)['\n  query CatalogModels {\n    models {\n      id\n      name\n      origin\n      architecture\n      parameterCount\n      numClasses\n      trainSize\n      cleanAccuracy\n      robustCount\n      runCount\n      training {\n        kind\n        attack\n        norm\n        eps\n        epsLabel\n        recipe\n        dataset\n      }\n      ...RobustFigures\n    }\n  }\n'];
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
  source: '\n  query ExampleEvidence($dataset: String!, $index: Int!, $runIds: [ID!]!) {\n    exampleEvidence(dataset: $dataset, index: $index, runIds: $runIds) {\n      dataset\n      index\n      label\n      notes\n      sources {\n        source\n        natural\n        saliency {\n          runId\n          setting\n          predicted\n          scores {\n            method\n            ratio\n          }\n          maps {\n            kind\n            url\n          }\n        }\n        robustness {\n          runId\n          norm\n          attack\n          seed\n          minEps\n          minEpsAttack\n          maxEps\n        }\n        influence {\n          runId\n          n\n          depth\n          seed\n          predicted\n          helpful {\n            index\n            label\n            score\n          }\n          harmful {\n            index\n            label\n            score\n          }\n        }\n        transfer {\n          runId\n          n\n          depth\n          seed\n          correct\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ExampleEvidence($dataset: String!, $index: Int!, $runIds: [ID!]!) {\n    exampleEvidence(dataset: $dataset, index: $index, runIds: $runIds) {\n      dataset\n      index\n      label\n      notes\n      sources {\n        source\n        natural\n        saliency {\n          runId\n          setting\n          predicted\n          scores {\n            method\n            ratio\n          }\n          maps {\n            kind\n            url\n          }\n        }\n        robustness {\n          runId\n          norm\n          attack\n          seed\n          minEps\n          minEpsAttack\n          maxEps\n        }\n        influence {\n          runId\n          n\n          depth\n          seed\n          predicted\n          helpful {\n            index\n            label\n            score\n          }\n          harmful {\n            index\n            label\n            score\n          }\n        }\n        transfer {\n          runId\n          n\n          depth\n          seed\n          correct\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InfluenceIntervalFields on InfluenceInterval {\n    seeds\n    mean\n    sd\n    low\n    high\n  }\n',
): (typeof documents)['\n  fragment InfluenceIntervalFields on InfluenceInterval {\n    seeds\n    mean\n    sd\n    low\n    high\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InfluenceResults($runId: ID!, $baseline: String) {\n    influenceResults(runId: $runId, baseline: $baseline) {\n      settings {\n        target\n        depth\n        n\n        testIndices\n        sources {\n          source\n          top1Match {\n            ...InfluenceIntervalFields\n          }\n          top5AtLeast3 {\n            ...InfluenceIntervalFields\n          }\n          trainTop1Match {\n            ...InfluenceIntervalFields\n          }\n          trainTop5AtLeast3 {\n            ...InfluenceIntervalFields\n          }\n          matchByRank {\n            rank\n            share {\n              ...InfluenceIntervalFields\n            }\n          }\n          trainMatchByRank {\n            rank\n            share {\n              ...InfluenceIntervalFields\n            }\n          }\n          solver\n          cutoff\n          rank\n        }\n        deltas {\n          source\n          baseline\n          metric\n          mean\n          low\n          high\n          pValue\n          seeds\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InfluenceResults($runId: ID!, $baseline: String) {\n    influenceResults(runId: $runId, baseline: $baseline) {\n      settings {\n        target\n        depth\n        n\n        testIndices\n        sources {\n          source\n          top1Match {\n            ...InfluenceIntervalFields\n          }\n          top5AtLeast3 {\n            ...InfluenceIntervalFields\n          }\n          trainTop1Match {\n            ...InfluenceIntervalFields\n          }\n          trainTop5AtLeast3 {\n            ...InfluenceIntervalFields\n          }\n          matchByRank {\n            rank\n            share {\n              ...InfluenceIntervalFields\n            }\n          }\n          trainMatchByRank {\n            rank\n            share {\n              ...InfluenceIntervalFields\n            }\n          }\n          solver\n          cutoff\n          rank\n        }\n        deltas {\n          source\n          baseline\n          metric\n          mean\n          low\n          high\n          pValue\n          seeds\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InfluenceExample(\n    $runId: ID!\n    $target: String!\n    $depth: Int!\n    $n: Int!\n    $testIndex: Int!\n    $seed: Int\n    $take: Int!\n  ) {\n    influenceExample(\n      runId: $runId\n      target: $target\n      depth: $depth\n      n: $n\n      testIndex: $testIndex\n      seed: $seed\n      take: $take\n    ) {\n      source\n      seed\n      testIndex\n      label\n      predicted\n      helpful {\n        index\n        label\n        score\n      }\n      harmful {\n        index\n        label\n        score\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InfluenceExample(\n    $runId: ID!\n    $target: String!\n    $depth: Int!\n    $n: Int!\n    $testIndex: Int!\n    $seed: Int\n    $take: Int!\n  ) {\n    influenceExample(\n      runId: $runId\n      target: $target\n      depth: $depth\n      n: $n\n      testIndex: $testIndex\n      seed: $seed\n      take: $take\n    ) {\n      source\n      seed\n      testIndex\n      label\n      predicted\n      helpful {\n        index\n        label\n        score\n      }\n      harmful {\n        index\n        label\n        score\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InfluenceRunParams($id: ID!) {\n    run(id: $id) {\n      id\n      params\n    }\n  }\n',
): (typeof documents)['\n  query InfluenceRunParams($id: ID!) {\n    run(id: $id) {\n      id\n      params\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InfluenceClasses($name: String!) {\n    dataset(name: $name) {\n      name\n      details {\n        classes\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InfluenceClasses($name: String!) {\n    dataset(name: $name) {\n      name\n      details {\n        classes\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ResultsRuns($take: Int!) {\n    runs(take: $take, skip: 0) {\n      id\n      analysis\n      status\n      createdAt\n      trialCount\n      completedCount\n      failedCount\n      progress\n    }\n  }\n',
): (typeof documents)['\n  query ResultsRuns($take: Int!) {\n    runs(take: $take, skip: 0) {\n      id\n      analysis\n      status\n      createdAt\n      trialCount\n      completedCount\n      failedCount\n      progress\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RunResults($runId: ID!, $baseline: String) {\n    runResults(runId: $runId, baseline: $baseline) {\n      target\n      depth\n      lr\n      accuracy {\n        source\n        n\n        mean\n        sd\n        low\n        high\n        seeds\n      }\n      epochs {\n        source\n        n\n        epoch\n        mean\n        low\n        high\n        seeds\n      }\n      deltas {\n        source\n        baseline\n        n\n        mean\n        low\n        high\n        seeds\n        pValue\n      }\n      efficiency {\n        source\n        score\n      }\n      leaderboard {\n        n\n        rank\n        source\n        mean\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RunResults($runId: ID!, $baseline: String) {\n    runResults(runId: $runId, baseline: $baseline) {\n      target\n      depth\n      lr\n      accuracy {\n        source\n        n\n        mean\n        sd\n        low\n        high\n        seeds\n      }\n      epochs {\n        source\n        n\n        epoch\n        mean\n        low\n        high\n        seeds\n      }\n      deltas {\n        source\n        baseline\n        n\n        mean\n        low\n        high\n        seeds\n        pValue\n      }\n      efficiency {\n        source\n        score\n      }\n      leaderboard {\n        n\n        rank\n        source\n        mean\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RobustnessIntervalFields on RobustnessInterval {\n    mean\n    sd\n    low\n    high\n    seeds\n  }\n',
): (typeof documents)['\n  fragment RobustnessIntervalFields on RobustnessInterval {\n    mean\n    sd\n    low\n    high\n    seeds\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RobustnessResults($runId: ID!) {\n    robustnessResults(runId: $runId) {\n      boards {\n        dataset\n        norm\n        eps\n        attacks\n        rows {\n          source\n          clean {\n            ...RobustnessIntervalFields\n          }\n          ensemble {\n            ...RobustnessIntervalFields\n          }\n          attacks {\n            attack\n            accuracy {\n              ...RobustnessIntervalFields\n            }\n          }\n          components {\n            attack\n            component\n            accuracy {\n              ...RobustnessIntervalFields\n            }\n          }\n          flags\n          passesPerImage\n          manifest\n        }\n      }\n      curves {\n        source\n        dataset\n        norm\n        attack\n        clean {\n          ...RobustnessIntervalFields\n        }\n        points {\n          eps\n          accuracy {\n            ...RobustnessIntervalFields\n          }\n        }\n        auc {\n          ...RobustnessIntervalFields\n        }\n      }\n      flags {\n        name\n        message\n        source\n        dataset\n        norm\n        attack\n        seed\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RobustnessResults($runId: ID!) {\n    robustnessResults(runId: $runId) {\n      boards {\n        dataset\n        norm\n        eps\n        attacks\n        rows {\n          source\n          clean {\n            ...RobustnessIntervalFields\n          }\n          ensemble {\n            ...RobustnessIntervalFields\n          }\n          attacks {\n            attack\n            accuracy {\n              ...RobustnessIntervalFields\n            }\n          }\n          components {\n            attack\n            component\n            accuracy {\n              ...RobustnessIntervalFields\n            }\n          }\n          flags\n          passesPerImage\n          manifest\n        }\n      }\n      curves {\n        source\n        dataset\n        norm\n        attack\n        clean {\n          ...RobustnessIntervalFields\n        }\n        points {\n          eps\n          accuracy {\n            ...RobustnessIntervalFields\n          }\n        }\n        auc {\n          ...RobustnessIntervalFields\n        }\n      }\n      flags {\n        name\n        message\n        source\n        dataset\n        norm\n        attack\n        seed\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RobustFigures on SourceModel {\n    id\n    robustAccuracy {\n      norm\n      eps\n      epsLabel\n      accuracy\n    }\n    measuredRobustness {\n      runId\n      dataset\n      norm\n      eps\n      accuracy\n      clean\n      attacks\n      flags\n    }\n  }\n',
): (typeof documents)['\n  fragment RobustFigures on SourceModel {\n    id\n    robustAccuracy {\n      norm\n      eps\n      epsLabel\n      accuracy\n    }\n    measuredRobustness {\n      runId\n      dataset\n      norm\n      eps\n      accuracy\n      clean\n      attacks\n      flags\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SourceRobustness {\n    models(take: 100) {\n      ...RobustFigures\n    }\n  }\n',
): (typeof documents)['\n  query SourceRobustness {\n    models(take: 100) {\n      ...RobustFigures\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RunsList($take: Int!, $skip: Int!) {\n    runs(take: $take, skip: $skip) {\n      id\n      analysis\n      status\n      createdAt\n      finishedAt\n      progress\n      trialCounts {\n        total\n        completed\n        failed\n        running\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RunsList($take: Int!, $skip: Int!) {\n    runs(take: $take, skip: $skip) {\n      id\n      analysis\n      status\n      createdAt\n      finishedAt\n      progress\n      trialCounts {\n        total\n        completed\n        failed\n        running\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RunDetail($id: ID!, $failures: Int!, $running: Int!) {\n    run(id: $id) {\n      id\n      analysis\n      analysisVersion\n      status\n      createdAt\n      finishedAt\n      error\n      params\n      progress\n      trialCounts {\n        total\n        queued\n        running\n        completed\n        failed\n        cancelled\n      }\n      failures(take: $failures) {\n        key\n        ordinal\n        config\n        attempts\n        reason\n      }\n      runningTrials: trials(status: RUNNING, take: $running) {\n        key\n        ordinal\n        config\n        progress\n        progressMessage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RunDetail($id: ID!, $failures: Int!, $running: Int!) {\n    run(id: $id) {\n      id\n      analysis\n      analysisVersion\n      status\n      createdAt\n      finishedAt\n      error\n      params\n      progress\n      trialCounts {\n        total\n        queued\n        running\n        completed\n        failed\n        cancelled\n      }\n      failures(take: $failures) {\n        key\n        ordinal\n        config\n        attempts\n        reason\n      }\n      runningTrials: trials(status: RUNNING, take: $running) {\n        key\n        ordinal\n        config\n        progress\n        progressMessage\n      }\n    }\n  }\n'];
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
  source: '\n  query SaliencyResults($runId: ID!, $baseline: String) {\n    saliencyResults(runId: $runId, baseline: $baseline) {\n      groups {\n        dataset\n        setting\n        method\n        sources {\n          source\n          accuracy\n          alignment {\n            images\n            mean\n            low\n            high\n          }\n          massShare {\n            mean\n          }\n          completeness {\n            images\n            withinOnePercent\n            median\n            max\n          }\n        }\n        deltas {\n          source\n          baseline\n          mean\n          low\n          high\n          pValue\n          images\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SaliencyResults($runId: ID!, $baseline: String) {\n    saliencyResults(runId: $runId, baseline: $baseline) {\n      groups {\n        dataset\n        setting\n        method\n        sources {\n          source\n          accuracy\n          alignment {\n            images\n            mean\n            low\n            high\n          }\n          massShare {\n            mean\n          }\n          completeness {\n            images\n            withinOnePercent\n            median\n            max\n          }\n        }\n        deltas {\n          source\n          baseline\n          mean\n          low\n          high\n          pValue\n          images\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SaliencyGrid($runId: ID!, $dataset: String!, $kind: String!, $skip: Int!, $take: Int!) {\n    saliencyGrid(runId: $runId, dataset: $dataset, kind: $kind, skip: $skip, take: $take) {\n      sources\n      total\n      withMaps\n      rows {\n        index\n        label\n        cells {\n          source\n          predicted\n          ratio\n          map\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SaliencyGrid($runId: ID!, $dataset: String!, $kind: String!, $skip: Int!, $take: Int!) {\n    saliencyGrid(runId: $runId, dataset: $dataset, kind: $kind, skip: $skip, take: $take) {\n      sources\n      total\n      withMaps\n      rows {\n        index\n        label\n        cells {\n          source\n          predicted\n          ratio\n          map\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SaliencyDisagreements($runId: ID!, $dataset: String!, $method: String!, $take: Int!) {\n    saliencyDisagreements(runId: $runId, dataset: $dataset, method: $method, take: $take) {\n      index\n      label\n      source\n      baseline\n      ratio\n      baselineRatio\n      predicted\n      baselinePredicted\n    }\n  }\n',
): (typeof documents)['\n  query SaliencyDisagreements($runId: ID!, $dataset: String!, $method: String!, $take: Int!) {\n    saliencyDisagreements(runId: $runId, dataset: $dataset, method: $method, take: $take) {\n      index\n      label\n      source\n      baseline\n      ratio\n      baselineRatio\n      predicted\n      baselinePredicted\n    }\n  }\n'];
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
  source: '\n  query Workers {\n    workers {\n      id\n      host\n      pid\n      provider\n      threads\n      slots\n      completed\n      startedAt\n      lastSeen\n      trials {\n        runId\n        trialKey\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Workers {\n    workers {\n      id\n      host\n      pid\n      provider\n      threads\n      slots\n      completed\n      startedAt\n      lastSeen\n      trials {\n        runId\n        trialKey\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
