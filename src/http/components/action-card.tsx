// A card with a heading and one POST form ending in one submit button: the repeated shape of the
// back-office actions (record a hearing, save an outcome, submit a draft). No JavaScript needed.
import type { Child, FC } from 'hono/jsx';
import { Actions } from './form.js';
import { Csrf, type View } from './layout.js';

export const ActionCard: FC<{
  v: View;
  /** Makes the heading's id, `h-<id>`, which labels the section. */
  id: string;
  title: string;
  /** Where the form posts. */
  action: string;
  /** The submit button's words. */
  submit: string;
  secondary?: boolean;
  /** A file upload: multipart, and the browser's own checks stay on. */
  multipart?: boolean;
  /** Shown between the heading and the form. */
  intro?: Child;
  children?: Child;
}> = ({ v, id, title, action, submit, secondary, multipart, intro, children }) => (
  <section aria-labelledby={`h-${id}`} class="card">
    <h2 id={`h-${id}`}>{title}</h2>
    {intro}
    <form method="post" action={action} enctype={multipart ? 'multipart/form-data' : undefined} novalidate={!multipart || undefined} class="form">
      <Csrf v={v} />
      {children}
      <Actions>
        <button type="submit" class={secondary ? 'secondary' : undefined}>
          {submit}
        </button>
      </Actions>
    </form>
  </section>
);
