import type { RecruitmentCase, RecruitmentStep } from '../domain/entities/recruitment';
import { checkBranchVote, describeBranchVote } from '../domain/rules/branch-vote';
import { addDays } from '../domain/rules/calendar';
import { describeStep, STEP_RULES } from '../domain/rules/recruitment-steps';
import {
  addresseeParagraph,
  blankLine,
  bodyParagraph,
  bodyRow,
  chineseDate,
  columnWidths,
  createDocument,
  fixedTable,
  formPageNumbers,
  headerRow,
  officialPageNumbers,
  packDocument,
  sectionProperties,
  signatureBlock,
  titleParagraph,
} from './gbt9704';
import { chineseMonth } from './text-format';

/** What the four 发展党员 papers need: the person, the steps, and the names of the members named. */
export interface CasePaperData {
  record: RecruitmentCase;
  steps: RecruitmentStep[];
  branchName: string;
  officeName: string;
  memberNames: ReadonlyMap<string, string>;
}

function namesOf(data: CasePaperData, kind: RecruitmentStep['kind']): string {
  const step = data.steps.filter((item) => item.kind === kind).at(-1);
  return (step?.memberIds ?? []).map((id) => data.memberNames.get(id) ?? '').join('、');
}

function dateOf(data: CasePaperData, kind: RecruitmentStep['kind']): string {
  const step = data.steps.filter((item) => item.kind === kind && (item.vote?.declared ?? '通过') === '通过').at(-1);
  return step === undefined ? '' : chineseDate(step.date);
}

function personTable(data: CasePaperData) {
  const widths = columnWidths([3, 4, 3, 4]);
  const { record } = data;
  const row = (cells: string[]) =>
    bodyRow(
      cells.map((text) => ({ text })),
      widths,
      { value: 480 },
    );
  return fixedTable(
    [
      row(['姓名', record.name, '性别', record.gender]),
      row(['出生年月', chineseMonth(record.birthDate), '学历', record.education ?? '']),
      row(['所在党支部', data.branchName, '工作单位', record.workUnit ?? '']),
      row(['递交入党申请书时间', chineseDate(record.applicationDate), '联系电话', record.phone ?? '']),
    ],
    widths,
  );
}

function stepText(step: RecruitmentStep, data: CasePaperData): string {
  return describeStep(step, (id) => data.memberNames.get(id) ?? '');
}

/**
 * 发展党员工作纪实表: every step of the 细则 in order with its date and what was done; steps not yet taken
 * keep their line blank so the file shows what is missing. Repeated steps (考察, 思想汇报) get a line each.
 */
export async function buildRecordSheet(data: CasePaperData): Promise<Uint8Array> {
  const widths = columnWidths([2.5, 3.5, 6, 8, 8]);
  const rows = [headerRow(['序号', '阶段', '工作步骤', '完成时间', '情况'], widths, 480)];
  let index = 1;
  const line = (stage: string, label: string, date: string, text: string) =>
    bodyRow(
      [
        { text: String(index++) },
        { text: stage },
        { text: label, align: 'left' },
        { text: date },
        { text, align: 'left' },
      ],
      widths,
      { value: 420 },
    );
  rows.push(line('申请人', '递交入党申请书', chineseDate(data.record.applicationDate), ''));
  for (const rule of STEP_RULES) {
    const own = data.steps.filter((step) => step.kind === rule.kind);
    if (own.length === 0 && rule.optional !== true) rows.push(line(rule.stage, rule.label, '', ''));
    for (const step of own) rows.push(line(rule.stage, rule.label, chineseDate(step.date), stepText(step, data)));
  }
  const title = '发展党员工作纪实表';
  const document = createDocument(`${data.record.name}${title}`, [
    {
      properties: sectionProperties(),
      footers: formPageNumbers(),
      children: [titleParagraph(title), blankLine(), personTable(data), blankLine(), fixedTable(rows, widths)],
    },
  ]);
  return packDocument(document);
}

/** 入党积极分子培养考察登记: the 培养联系人 and each half-yearly assessment with its date and opinion. */
export async function buildAssessmentRegister(data: CasePaperData): Promise<Uint8Array> {
  const widths = columnWidths([2.5, 7, 10]);
  const assessments = data.steps.filter((step) => step.kind === 'assessment');
  const rows = [
    headerRow(['序号', '考察时间', '考察意见'], widths, 480),
    ...assessments.map((step, index) =>
      bodyRow(
        [{ text: String(index + 1) }, { text: chineseDate(step.date) }, { text: step.content ?? '', align: 'left' }],
        widths,
        { value: 900 },
      ),
    ),
  ];
  const title = '入党积极分子培养考察登记';
  const document = createDocument(`${data.record.name}${title}`, [
    {
      properties: sectionProperties(),
      footers: formPageNumbers(),
      children: [
        titleParagraph(title),
        blankLine(),
        personTable(data),
        bodyParagraph(`确定为入党积极分子时间：${dateOf(data, 'activist-decision') || '　'}`),
        bodyParagraph(`培养联系人：${namesOf(data, 'contacts') || '　'}`),
        fixedTable(rows, widths),
      ],
    },
  ]);
  return packDocument(document);
}

/** 发展对象公示 as a 公文 (GB/T 9704): who, the dates of their way so far, how long, and whom to tell. */
export async function buildPublicityNotice(data: CasePaperData, contact: string): Promise<Uint8Array> {
  const publicity = data.steps.filter((step) => step.kind === 'publicity').at(-1);
  const { record } = data;
  const title = `关于拟发展${record.name}同志为中共预备党员的公示`;
  const start = publicity?.date;
  const days = publicity?.publicityDays ?? 5;
  const period =
    start === undefined
      ? '　年　月　日至　年　月　日'
      : `${chineseDate(start)}至${chineseDate(addDays(start, days - 1))}`;
  const document = createDocument(title, [
    {
      properties: sectionProperties(),
      footers: officialPageNumbers(),
      children: [
        titleParagraph(title),
        blankLine(),
        addresseeParagraph('各党支部、全体党员和群众'),
        bodyParagraph(
          `经${data.branchName}支部委员会审查、上级党委预审，${record.name}同志已具备发展为中共预备党员的条件。根据《中国共产党发展党员工作细则》，现将有关情况公示如下：`,
        ),
        bodyParagraph(
          `${record.name}，${record.gender}，${chineseMonth(record.birthDate)}生，${record.education ?? ''}学历，${record.workUnit ?? ''}。${chineseDate(record.applicationDate)}递交入党申请书，${dateOf(data, 'activist-decision')}被确定为入党积极分子，${dateOf(data, 'candidate-decision')}被确定为发展对象。培养联系人：${namesOf(data, 'contacts')}；入党介绍人：${namesOf(data, 'sponsors')}。`,
        ),
        bodyParagraph(`公示时间：${period}（${days}天）。`),
        bodyParagraph(
          `公示期间，党员和群众可通过来信、来电、来访等方式反映情况和意见。反映问题应实事求是，以真实姓名反映。${contact === '' ? '' : `联系方式：${contact}。`}`,
        ),
        ...signatureBlock(data.officeName, start ?? record.applicationDate),
      ],
    },
  ]);
  return packDocument(document);
}

/** 支部大会决议 on admission or 转正, with the vote of those entitled, as a 公文. */
export async function buildBranchResolution(
  data: CasePaperData,
  kind: 'admission-vote' | 'confirmation-vote',
): Promise<Uint8Array> {
  const vote = data.steps.filter((step) => step.kind === kind && step.vote?.declared === '通过').at(-1);
  const { record } = data;
  const what = kind === 'admission-vote' ? '接收' : '同意';
  const target = kind === 'admission-vote' ? `${record.name}同志为中共预备党员` : `${record.name}同志转为中共正式党员`;
  const title = `中共${data.branchName}委员会关于${what}${target}的决议`;
  const body: string[] = [];
  if (vote?.vote !== undefined) {
    const result = checkBranchVote(vote.vote);
    body.push(
      `${chineseDate(vote.date)}，${data.branchName}召开支部党员大会，讨论${record.name}同志${kind === 'admission-vote' ? '的入党' : '的转正'}问题。支部${describeBranchVote(vote.vote)}。到会有表决权的党员${result.quorum ? '超过' : '未超过'}应到会有表决权党员的半数，赞成票${result.passed ? '超过' : '未超过'}应到会有表决权的正式党员的半数。`,
    );
    body.push(`经支部党员大会讨论和表决，同意${target}，报上级党委审批。`);
  }
  const document = createDocument(title, [
    {
      properties: sectionProperties(),
      footers: officialPageNumbers(),
      children: [
        titleParagraph(title),
        blankLine(),
        ...body.map((text) => bodyParagraph(text)),
        ...signatureBlock(`中共${data.branchName}委员会`, vote?.date ?? record.applicationDate),
      ],
    },
  ]);
  return packDocument(document);
}

export const CASE_PAPERS = {
  record: '发展党员工作纪实表',
  assessments: '入党积极分子培养考察登记',
  publicity: '发展对象公示',
  admission: '支部大会决议（接收预备党员）',
  confirmation: '支部大会决议（转为正式党员）',
} as const;
