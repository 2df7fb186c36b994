import { describe, expect, it } from 'vitest';
import { setTask, taskMarkers } from './taskList';

const body = [
  '## 오늘 할 일',
  '- [ ] 배포 회고 정리',
  '- [x] helm chart 올리기',
  '```md',
  '- [ ] not a task: inside code',
  '```',
  '1. [ ] numbered task',
  '> - [ ] quoted task',
  '- [ ]no space: not a task',
  '  * [X] nested, upper-case',
].join('\n');

describe('task list markers', () => {
  it('finds the tasks in body order, skipping fenced code', () => {
    expect(taskMarkers(body).map((m) => m.checked)).toEqual([false, true, false, false, true]);
  });

  it('ticks and clears the n-th task and nothing else', () => {
    const ticked = setTask(body, 0, true);
    expect(ticked?.split('\n')[1]).toBe('- [x] 배포 회고 정리');
    expect(ticked?.split('\n')[4]).toBe('- [ ] not a task: inside code');
    expect(setTask(body, 1, false)?.split('\n')[2]).toBe('- [ ] helm chart 올리기');
    expect(setTask(body, 3, true)?.split('\n')[7]).toBe('> - [x] quoted task');
    expect(setTask(body, 4, false)?.split('\n')[9]).toBe('  * [ ] nested, upper-case');
    expect(setTask(body, 5, true)).toBeNull();
    expect(setTask(body, 0, true)?.length).toBe(body.length);
  });
});
