// What ticking a task box in the entry view does: the body's matching task
// marker changes through updateEntry, which keeps the previous version as a
// revision. A box is matched to its marker by order; when the drawn boxes and
// the body's markers disagree in number (a long body drawn in parts), the
// tick is refused rather than guessed.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../db/common/model';
import { api } from '../api/client';
import { journalKeys } from '../app/journalKeys';
import { errorMessage } from '../common/errors';
import { useToast } from '../common/Toasts';
import { setTask, taskMarkers } from './taskList';
import type { TaskToggle } from './TaskToggle';

export function useTaskToggle(entry: Entry): TaskToggle {
  const queryClient = useQueryClient();
  const toast = useToast();
  const { t } = useTranslation('app');
  return useCallback(
    (box, checked) => {
      const boxes = [...(box.closest('.entry-content')?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];
      const index = boxes.indexOf(box);
      const body = boxes.length === taskMarkers(entry.body).length ? setTask(entry.body, index, checked) : null;
      if (body === null) {
        box.checked = !checked;
        return;
      }
      const { day, title, pillars, tags } = entry;
      api.updateEntry({ id: entry.id, entry: { day, title, body, pillars, tags } }).then(
        (saved) => {
          queryClient.setQueryData(journalKeys.entry(entry.id), saved);
          void queryClient.invalidateQueries({ queryKey: journalKeys.all });
        },
        (error: unknown) => {
          box.checked = !checked;
          toast({ message: errorMessage(error, t), tone: 'error' });
        },
      );
    },
    [entry, queryClient, toast, t],
  );
}
