import { OPTIONS } from '../config/options.ts';
import { ANNOTATION_BUDGET } from '../report/annotation-budget.ts';

/** An input of the Action: the CLI options marked `action` (same names and meaning), plus these of its own. */
export interface InputDef {
  readonly name: string;
  readonly description: string;
  /** As action.yml writes it. */
  readonly default: string;
}

const ACTION_ONLY_INPUTS: readonly InputDef[] = [
  { name: 'scope', description: 'What to scan: auto (from the event: a pull request\'s commits, a push\'s new commits, the whole history on schedule and workflow_dispatch), history, or dir', default: 'auto' },
  { name: 'fail-on-findings', description: 'Fail the job when a secret is found', default: 'true' },
  { name: 'sarif-file', description: 'Write a SARIF 2.1.0 report to this path (for github/codeql-action/upload-sarif)', default: '' },
  { name: 'comment', description: 'Post review comments on the pull request\'s changed lines (needs pull-requests: write)', default: 'true' },
  { name: 'annotations', description: `Annotate findings in the job (at most ${ANNOTATION_BUDGET.perLevel} per level, ${ANNOTATION_BUDGET.perJob} per job: the rest are listed in the summary)`, default: 'true' },
  { name: 'github-token', description: 'Token for review comments, and for the Action\'s own git fetches when the checkout kept no credentials (persist-credentials: false); empty: no comments', default: '${{ github.token }}' },
];

/** Every input, in action.yml's order: the Action's own, then the CLI's. */
export function inputDefs(): InputDef[] {
  return [
    ...ACTION_ONLY_INPUTS,
    ...OPTIONS.filter((option) => option.action).map((option) => ({
      name: option.flag,
      // An option the config file can set has no default here: the runner passes defaults as if given, and a
      // given value would beat the config's.
      description: option.config && option.default !== undefined ? `${option.description} (default: the config file's, else ${String(option.default)})` : option.description,
      default: option.default === undefined || option.config ? '' : String(option.default),
    })),
  ];
}

