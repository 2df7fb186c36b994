// The way from the search box to the opened entry's matches: the entry view
// registers how it steps while it shows matches; Enter / Shift+Enter in the
// search box asks it to step. A module-level slot rather than props through
// the toolbar, since exactly one entry view is open at a time.

export type StepDirection = 1 | -1;
type Stepper = (direction: StepDirection) => void;

let current: Stepper | null = null;

/** Steps to the next or previous match in the open entry; false when no entry shows matches. */
export function stepMatch(direction: StepDirection): boolean {
  if (!current) return false;
  current(direction);
  return true;
}

/** Makes `stepper` the one `stepMatch` calls, until the returned function is called. */
export function registerStepper(stepper: Stepper): () => void {
  current = stepper;
  return () => {
    if (current === stepper) current = null;
  };
}
