// The back-office registers (requests, objections) a year at a time: the year filter with the xlsx
// download, and the wide table that stacks into cards on a phone.
import type { Child, FC } from 'hono/jsx';
import { type View, tm } from './layout.js';

/** The year form and the link to the register as xlsx. */
export const RegisterYear: FC<{ v: View; action: string; year: number; xlsx: string; download: string }> = ({ v, action, year, xlsx, download }) => (
  <>
    <form method="get" action={action} class="inline-form">
      <label for="f-tahun">{tm(v, 'components.register-table.year')}</label>{' '}
      <input id="f-tahun" name="tahun" type="number" inputmode="numeric" min={2000} max={2100} value={String(year)} />{' '}
      <button type="submit">{tm(v, 'components.register-table.show')}</button>
    </form>
    <p>
      <a href={`${xlsx}?tahun=${year}`}>{download}</a>
    </p>
  </>
);

/** The register's table: one column a heading, the rows (`<tr>`) given as children. */
export const RegisterTable: FC<{ title: string; heads: readonly string[]; children?: Child }> = ({ title, heads, children }) => (
  <div class="table-wrap bo-stack" tabindex={0} role="region" aria-label={title}>
    <table class="small bo-dip-table register-table">
      <thead>
        <tr>
          {heads.map((h) => (
            <th scope="col">{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  </div>
);
