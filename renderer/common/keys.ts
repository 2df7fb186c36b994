/** True while an IME (Korean, Japanese, …) is composing: the key belongs to the IME, not to a shortcut. */
export function isImeKey(event: { isComposing: boolean; keyCode: number }): boolean {
  return event.isComposing || event.keyCode === 229;
}
