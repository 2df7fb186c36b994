import { useEffect, useRef } from 'react';

/** A ref for a <dialog> that opens as a modal once mounted. */
export function useModal() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return ref;
}
