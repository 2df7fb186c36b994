// Task-list boxes in the entry view can be ticked: the view provides what a
// tick does; elsewhere (previews, revisions) the boxes stay read-only.
import { createContext, useContext, type ComponentProps } from 'react';

/** Called with the box that changed; the view works out which task it is. */
export type TaskToggle = (box: HTMLInputElement, checked: boolean) => void;

export const TaskToggleContext = createContext<TaskToggle | null>(null);

export function TaskCheckbox({ node: _node, disabled, checked, ...rest }: ComponentProps<'input'> & { node?: unknown }) {
  const toggle = useContext(TaskToggleContext);
  if (rest.type !== 'checkbox' || !toggle) return <input {...rest} checked={checked} disabled={disabled} readOnly />;
  // Uncontrolled: the tick shows at once; the view puts it back if the save is refused or fails.
  return <input {...rest} defaultChecked={checked === true} onChange={(event) => toggle(event.currentTarget, event.currentTarget.checked)} />;
}
