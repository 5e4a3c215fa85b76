// Builds dist/ once before the test files that spawn the real `qgesy` command.
import { build } from '../../scripts/build.mjs';

export default async function setup() {
  await build();
}
