import { looksLikeNumberLostDigits } from '../../domain/rules/id-number';
import { parseFlexibleDate } from '../../domain/rules/flexible-date';
import type { RosterColumnSpec } from './columns';
import type { SheetCell } from './columns';

/**
 * A cell as read: its value (with `monthOnly` for a date known to the month, `extra` for what does not
 * fit the field, such as a second phone number), or a problem. Only a problem with the ID number
 * refuses the row; any other cell that cannot be read is left out with a warning.
 */
export type CellRead = { value: string; monthOnly?: boolean; extra?: string } | { problem: string };

const EDUCATION: Record<string, string> = {
  研究生: '研究生',
  博士: '研究生',
  硕士: '研究生',
  博士研究生: '研究生',
  硕士研究生: '研究生',
  大学本科: '大学本科',
  本科: '大学本科',
  大学: '大学本科',
  大学专科: '大学专科',
  大专: '大学专科',
  专科: '大学专科',
  中专: '中专',
  中技: '中专',
  技校: '中专',
  职高: '中专',
  中等专科: '中专',
  高中: '高中',
  初中: '初中',
  小学: '小学',
  未上学: '未上学',
  文盲: '未上学',
  无: '未上学',
};

/** GB/T 3304 names of the 56 ethnic groups; offices write them without 族 ("汉", "回", "蒙古"). */
const ETHNIC_GROUPS =
  '汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺'.split(
    ' ',
  );
const ETHNICITY = new Map(ETHNIC_GROUPS.map((group) => [group, `${group}族`]));

/** "汉" is 汉族; a name already with 族, or one not in the list, is kept as typed. */
export function normalizeEthnicity(text: string): string {
  const plain = text.replace(/\s+/g, '');
  return ETHNICITY.get(plain) ?? plain;
}

/** Two numbers in one cell ("13800138000 / 023-6888 1234"): the first is the phone, the rest is kept for 备注. */
export function splitPhones(text: string): { first: string; rest: string[] } {
  const parts = text
    .split(/[,，;；/、|]+|\s{2,}/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .flatMap((part) => {
      // Two mobiles with single spaces between: 138 0013 8000 139 0013 9000.
      const digits = part.replace(/[\s-]/g, '');
      return /^1[3-9]\d{9}1[3-9]\d{9}$/.test(digits) ? [digits.slice(0, 11), digits.slice(11)] : [part];
    });
  return { first: parts[0] ?? '', rest: parts.slice(1) };
}

const NEEDS_NFKC = /[^\u0020-\u007e\u4e00-\u9fff]/;

function plainText(cell: SheetCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(cell);
  const text = String(cell);
  // Printable ASCII and the CJK ideographs are unchanged by NFKC; most cells skip the normalisation.
  return (NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text).trim();
}

/** One cell as the form would hold it, or the reason it cannot be read. A blank reads as ''. */
export function readCell(spec: RosterColumnSpec, cell: SheetCell): CellRead {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return { value: '' };
  switch (spec.field) {
    case 'idNumber': {
      // An 18-digit number is beyond a double's 15–16 significant digits: the last ones are gone.
      if (typeof cell === 'number' && cell >= 1e14) {
        return {
          problem: `身份证号被存成了数字，末尾几位已丢失（${cell.toExponential(5).toUpperCase()}）：请把该列设为“文本”后重新填写`,
        };
      }
      const text = plainText(cell);
      if (looksLikeNumberLostDigits(text)) {
        return { problem: `身份证号被存成了数字，末尾几位已丢失（${text}）：请把该列设为“文本”后重新填写` };
      }
      return { value: text.replace(/\s+/g, '') };
    }
    case 'name':
      // Two-character names are often padded to line up: 张  三.
      return { value: plainText(cell).replace(/\s+/g, '') };
    case 'gender': {
      const text = plainText(cell);
      if (/^(男|男性|M|male)$/i.test(text)) return { value: '男' };
      if (/^(女|女性|F|female)$/i.test(text)) return { value: '女' };
      return { problem: `性别“${text}”无法识别，应为男或女` };
    }
    case 'category': {
      const text = plainText(cell).replace(/\s+/g, '');
      if (/^正式(党员)?$/.test(text)) return { value: '正式党员' };
      if (/^预备(党员)?$/.test(text)) return { value: '预备党员' };
      return { problem: `人员类别“${text}”无法识别，应为正式党员或预备党员` };
    }
    case 'education': {
      const text = plainText(cell)
        .replace(/\s+/g, '')
        .replace(/(毕业|学历|在读|肄业)$/, '');
      const level = EDUCATION[text];
      return level === undefined ? { problem: `学历“${plainText(cell)}”无法识别` } : { value: level };
    }
    case 'note':
      // 备注 is kept as typed: its full-width punctuation is the office's own writing.
      return { value: cell instanceof Date ? plainText(cell) : String(cell).trim() };
    case 'ethnicity':
      return { value: normalizeEthnicity(plainText(cell)) };
    case 'phone':
    case 'floatingContactPhone': {
      const { first, rest } = splitPhones(plainText(cell));
      return rest.length === 0 ? { value: first } : { value: first, extra: rest.join('、') };
    }
    case 'partyStanding': {
      const text = plainText(cell);
      if (text === '正常') return { value: '正常' };
      if (/停止/.test(text)) return { value: '停止党籍' };
      return { problem: `党籍状态“${text}”无法识别，应为正常或停止党籍` };
    }
    default:
      break;
  }
  if (spec.kind === 'date') {
    const parsed = parseFlexibleDate(typeof cell === 'boolean' ? String(cell) : cell);
    if (!parsed.ok) return { problem: parsed.reason };
    return parsed.partial === 'month' ? { value: parsed.date, monthOnly: true } : { value: parsed.date };
  }
  if (spec.kind === 'boolean') {
    if (typeof cell === 'boolean') return { value: cell ? '是' : '否' };
    const text = plainText(cell);
    if (/^(是|Y|YES|√|✓|1)$/i.test(text)) return { value: '是' };
    if (/^(否|N|NO|×|0|不是)$/i.test(text)) return { value: '否' };
    return { problem: `“${text}”应为“是”或“否”` };
  }
  return { value: plainText(cell) };
}
