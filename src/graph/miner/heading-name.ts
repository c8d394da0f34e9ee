/** The name a heading gives: without numbering, a lead-in (`先搞懂：`) or a subtitle (`：客户端怎么找到 Service`). */
import { nameCandidates, stripColon } from '../labels.ts';
import { LEAD_INS } from './label-rules.ts';
import { stripPictographs } from '../pictographs.ts';
import { afterRubric } from './rubrics.ts';

export function headingName(raw: string): string {
  let s = stripPictographs(raw.normalize('NFKC')).replace(/\s+/g, ' ').trim();
  if (s === '') return '';
  // rubric46: `Step 1 — AdmissionConfiguration`, `问题三：CRD 的 storedVersions`: the name follows the rubric (rubrics.ts)
  s = afterRubric(s);
  s = nameCandidates(s)[0] ?? s; // drops leading numbering (`2.1`, `一、`)
  const m = /^(.+?)\s*[:：]\s*(.+)$/u.exec(s);
  if (m) s = LEAD_INS.test(m[1]!.trim()) ? m[2]!.trim() : m[1]!.trim();
  return stripColon(s);
}
