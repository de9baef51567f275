import Steps from './Steps.astro';
import Callout from './Callout.astro';
import Term from './Term.astro';
import Checklist from '../features/checklist/Checklist.astro';
import Ladder from './Ladder.astro';

/** Components every MDX file may use without importing them. */
export const mdxComponents = { Steps, Callout, Term, Checklist, Ladder };
