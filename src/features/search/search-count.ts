import { pluralRu } from '../../lib/plural.ts';

const RESULT_FORMS = ['результат', 'результата', 'результатов'] as const;

/** «1 результат», «2 результата», «5 результатов», «21 результат», «11 результатов». */
export function resultCountRu(count: number): string {
  return `${count}\u00a0${pluralRu(count, RESULT_FORMS)}`;
}
