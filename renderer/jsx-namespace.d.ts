// hast-util-to-jsx-runtime types its result as the global `JSX.Element`, which
// React 19's types no longer declare globally: name it, so that result is typed.
import type { JSX as ReactJsx } from 'react';

declare global {
  namespace JSX {
    type Element = ReactJsx.Element;
  }
}
