// hast-util-to-jsx-runtime types what it builds as the global JSX.Element,
// which React 19 no longer declares (it is React.JSX now): without this the
// result of toJsxRuntime is an unresolved type.
import type { JSX as ReactJsx } from 'react/jsx-runtime';

declare global {
  namespace JSX {
    type Element = ReactJsx.Element;
  }
}
