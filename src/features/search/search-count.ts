import { pluralForm } from '../../lib/i18n.ts';

const RESULT_FORMS = ['результат', 'результата', 'результатов'] as const;

/** «1 результат», «2 результата», «5 результатов», «21 результат», «11 результатов». */
export function resultCountRu(count: number): string {
  return `${count}\u00a0${pluralForm(count, RESULT_FORMS)}`;
}
