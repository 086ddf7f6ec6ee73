import type { ReactNode } from 'react';
import { imageSrc } from '../influence/gallery-images';
import { ratioText } from '../saliency/saliency-choice';
import { thumbnailOf } from '../saliency/saliency-grid';
import { minEpsByNorm } from './evidence-contrast';
import type { ExampleSource } from './examples.queries';

/** The source's heat maps over the image, each with its alignment score. */
export function SaliencyCell({
  s,
  dataset,
  index,
}: {
  readonly s: ExampleSource;
  readonly dataset: string;
  readonly index: number;
}): ReactNode {
  if (s.saliency.length === 0) return <span className="muted">no saliency run</span>;
  const thumbs = thumbnailOf(dataset);
  return (
    <div className="example-maps" data-testid="evidence-saliency">
      {s.saliency.flatMap((x) =>
        x.maps.map((m) => {
          const method = m.kind === 'gradient-signed' ? 'gradient' : m.kind;
          return (
            <figure key={`${x.runId}/${m.kind}`}>
              <div className="sal-cell">
                {thumbs && (
                  <img
                    className="sal-image"
                    src={imageSrc(thumbs, index, 'test')}
                    alt=""
                    width={84}
                    height={84}
                  />
                )}
                <img className="sal-map" src={m.url} alt={`${m.kind} map`} width={84} height={84} />
              </div>
              <figcaption>
                {m.kind} · {ratioText(x.scores.find((c) => c.method === method)?.ratio)}
                {x.setting !== 'source' && <div className="muted">{x.setting}</div>}
              </figcaption>
            </figure>
          );
        }),
      )}
      {s.saliency.every((x) => x.maps.length === 0) && (
        <span>
          {s.saliency[0]!.scores.map((c) => `${c.method} ${ratioText(c.ratio)}`).join(' · ')}{' '}
          <span className="muted">(no map kept for this image)</span>
        </span>
      )}
    </div>
  );
}

/** Smallest fooling eps per norm and the attack that found it. */
export function RobustnessCell({ s }: { readonly s: ExampleSource }): ReactNode {
  if (s.robustness.length === 0) return <span className="muted">no robustness run</span>;
  return (
    <ul className="plain" data-testid="evidence-robustness">
      {[...minEpsByNorm(s)].map(([norm, e]) => (
        <li key={norm}>
          {norm}:{' '}
          {e.eps === null
            ? `robust up to eps ${e.maxEps.toPrecision(3)}`
            : e.eps === 0
              ? 'wrong without attack'
              : `fooled at eps ${e.eps.toPrecision(3)} by ${e.attack ?? '?'}`}
        </li>
      ))}
    </ul>
  );
}

/** The most helpful and harmful training images of the fine-tuned model (the first setting's). */
export function InfluenceCell({
  s,
  dataset,
}: {
  readonly s: ExampleSource;
  readonly dataset: string;
}): ReactNode {
  const first = s.influence[0];
  if (!first) return <span className="muted">no influence run</span>;
  const thumbs = thumbnailOf(dataset);
  const strip = (kind: 'helpful' | 'harmful', list: typeof first.helpful): ReactNode => (
    <div>
      <span className="muted">{kind}</span>
      <div className="example-thumbs" data-testid={`evidence-${kind}`}>
        {list.map((t) =>
          thumbs ? (
            <img
              key={t.index}
              src={imageSrc(thumbs, t.index, 'train')}
              alt={`training image ${t.index} (class ${t.label})`}
              title={`#${t.index}, class ${t.label}, score ${t.score.toPrecision(3)}`}
              width={40}
              height={40}
            />
          ) : (
            <span key={t.index}>#{t.index} </span>
          ),
        )}
      </div>
    </div>
  );
  return (
    <div data-testid="evidence-influence">
      <div className="muted">
        n {first.n}, depth {first.depth}, seed {first.seed}: predicted {first.predicted}
      </div>
      {strip('helpful', first.helpful)}
      {strip('harmful', first.harmful)}
    </div>
  );
}

/** Whether the transferred model is right, per n. */
export function TransferCell({ s }: { readonly s: ExampleSource }): ReactNode {
  if (s.transfer.length === 0) return <span className="muted">no fine-tuned model</span>;
  return (
    <ul className="plain" data-testid="evidence-transfer">
      {s.transfer.map((t) => (
        <li
          key={`${t.runId}/${t.n}/${t.depth}/${t.seed}`}
          data-n={t.n}
          data-run={t.runId}
          data-correct={t.correct}
        >
          n {t.n}
          {t.depth > 0 ? ` (depth ${t.depth})` : ''}: {t.correct ? '✓ right' : '✗ wrong'}
        </li>
      ))}
    </ul>
  );
}
