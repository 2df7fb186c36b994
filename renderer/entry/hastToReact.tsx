// hast → React elements, with links that leave the app opening outside it and
// images only from the journal (JournalImage).
import type { Root } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import type { ComponentProps, ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { JournalImage } from '../images/JournalImage';
import { followInPageLink, inPageTarget } from './inPageLinks';
import { TaskCheckbox } from './TaskToggle';

function ExternalAwareLink({ href, children, node: _node, ...rest }: ComponentProps<'a'> & { node?: unknown }) {
  const external = typeof href === 'string' && /^(https?:|mailto:)/i.test(href);
  const inPage = inPageTarget(href);
  return (
    <a {...rest} href={href} {...(external ? { target: '_blank', rel: 'noreferrer noopener' } : {})} {...(inPage ? { onClick: (e) => followInPageLink(e, inPage) } : {})}>
      {children}
    </a>
  );
}

const components: Partial<Components> = { a: ExternalAwareLink, img: JournalImage, input: TaskCheckbox };

export function hastToReact(tree: Root): ReactNode {
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components, ignoreInvalidStyle: true, passKeys: true, passNode: true });
}
