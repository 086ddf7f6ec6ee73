import { useId, type ReactNode } from 'react';
import type { TestImageChoice } from './test-image';

/**
 * Browse the setting's scored test images: previous, next, or a test index typed and sent with
 * Enter (an index that was not scored lands on the nearest that was).
 */
export function TestImageChooser({
  choice,
  onChange,
}: {
  readonly choice: TestImageChoice;
  readonly onChange: (index: number) => void;
}): ReactNode {
  const id = useId();
  const go = (index: number | undefined) => () => index !== undefined && onChange(index);
  return (
    <form
      className="image-chooser"
      aria-label="Choose a test image"
      onSubmit={(e) => {
        e.preventDefault();
        const value = Number(new FormData(e.currentTarget).get('image'));
        if (Number.isFinite(value)) onChange(value);
      }}
    >
      <button
        type="button"
        className="button"
        onClick={go(choice.previous)}
        disabled={choice.previous === undefined}
      >
        ← Previous
      </button>
      <label htmlFor={id}>Test image</label>
      {/* Keyed by the index so the field shows the image chosen by the buttons too. */}
      <input
        key={choice.index}
        id={id}
        name="image"
        type="number"
        min={0}
        step={1}
        defaultValue={choice.index}
        data-testid="pick-image"
      />
      <button type="submit" className="button">
        Show
      </button>
      <button type="button" className="button" onClick={go(choice.next)} disabled={choice.next === undefined}>
        Next →
      </button>
      <span className="muted" data-testid="image-position">
        {choice.position + 1} of {choice.count} scored test images
      </span>
    </form>
  );
}
