import { looksLikeNumberLostDigits } from '../../domain/rules/id-number';
import { parseFlexibleDate } from '../../domain/rules/flexible-date';
import type { RosterColumnSpec } from './columns';
import type { SheetCell } from './columns';

export type CellRead = { value: string } | { problem: string };

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
    return parsed.ok ? { value: parsed.date } : { problem: parsed.reason };
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
