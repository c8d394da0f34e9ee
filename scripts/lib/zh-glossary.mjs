/**
 * Reading one glossary file of the Kubernetes website's Chinese localisation
 * (kubernetes/website content/zh-cn/docs/reference/glossary/*.md) for scripts/build-zh-glossary.mjs.
 * The front matter is parsed with gray-matter (YAML); only `title`, `id` and `aka` are used.
 *
 * A title names the term in Chinese and, in parentheses, in English: `持久卷（Persistent Volume）`,
 * `容器存储接口（Container Storage Interface，CSI）`; sometimes the other way round
 * (`API Group (API 组)`), sometimes only in Chinese (`网络策略`, `Pod 水平自动扩缩器`, with the
 * English name in the id) and often only in English (`Pod`, `ServiceAccount`, `StorageClass`):
 * those have no Chinese name and give no entry. A parenthesised part in Chinese
 * (`资源（基础设施）`) qualifies the Chinese name and stays in it.
 */
import matter from 'gray-matter';

const CJK = /[\p{Script=Han}]/u;
/** A title's last parenthesised part, full-width or ASCII: [whole, main, inner]. */
const PAREN = /^(.*?)\s*[（(]([^（）()]*)[）)]\s*$/u;
/** Separators between names inside the parentheses (`CLA；Contributor License Agreement`). */
const SEPARATORS = /[；;，,、]/u;

export const hasCjk = (s) => CJK.test(s);

function strings(value) {
  if (value === null || value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v) => typeof v === 'string').map((v) => v.trim()).filter((v) => v !== '');
}

/**
 * The entry a glossary file gives: `{ id, zh, en, aka }`, or undefined when its title has no
 * Chinese (or the file has no title or id). `en`: the English names, from the title (the
 * parenthesised part, or the part outside the parentheses when that is the English one) and the
 * id when it is not Chinese (`persistent-volume`; one file's id is `静态-pod`), without repeats.
 */
export function readGlossaryEntry(text) {
  const data = matter(text).data ?? {};
  const title = typeof data.title === 'string' ? data.title.trim() : '';
  const id = data.id === undefined || data.id === null ? '' : String(data.id).trim();
  if (title === '' || id === '' || !hasCjk(title)) return undefined;
  let zh = title;
  const en = [];
  const m = PAREN.exec(title);
  if (m) {
    const [, main, inner] = m;
    if (hasCjk(main) && !hasCjk(inner)) {
      zh = main.trim();
      en.push(...inner.split(SEPARATORS));
    } else if (!hasCjk(main) && hasCjk(inner)) {
      zh = inner.trim();
      en.push(main);
    }
  }
  if (!hasCjk(id)) en.push(id);
  const seen = new Set();
  const names = [];
  for (const raw of en) {
    const name = raw.trim();
    const key = name.toLowerCase().replace(/[\s_-]+/g, '');
    if (name === '' || hasCjk(name) || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return { id, zh, en: names, aka: strings(data.aka) };
}
