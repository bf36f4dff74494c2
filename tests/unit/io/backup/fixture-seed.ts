import type Dexie from 'dexie';

const NOW = '2024-03-01T08:00:00.000Z';

/**
 * Seeds the tables a schema version has with a few realistic records; tables added later are left
 * alone. Used to generate tests/fixtures/backups/schema-vN.pdbak and to check them after restore.
 */
export async function seedForFixture(db: Dexie): Promise<void> {
  const has = (name: string) => db.tables.some((table) => table.name === name);
  await db.table('settings').put({
    key: 'office',
    value: {
      officeName: '中共幸福社区委员会',
      address: '',
      contactPerson: '李梅',
      contactPhone: '',
      hoursTargetMember: 32,
      hoursTargetCadre: 56,
    },
    updatedAt: NOW,
  });
  if (has('members')) {
    await db.table('orgUnits').put({
      id: '00000000-0000-4000-8000-0000000000b1',
      kind: 'branch',
      name: '第一党支部',
      order: 1,
      createdAt: NOW,
      updatedAt: NOW,
    });
    await db.table('members').put({
      id: '00000000-0000-4000-8000-0000000000a1',
      name: '张三',
      idNumber: '11010519491231002X',
      birthDate: '1949-12-31',
      branchId: '00000000-0000-4000-8000-0000000000b1',
      createdAt: NOW,
      updatedAt: NOW,
    });
  }
  if (has('attendance')) {
    await db.table('activities').put({
      id: '00000000-0000-4000-8000-0000000000c1',
      typeId: 'type-1',
      title: '三月主题党日',
      orgUnitIds: ['00000000-0000-4000-8000-0000000000b1'],
      date: '2024-03-05',
      hours: 2,
      materialFileIds: [],
      status: 'held',
      createdAt: NOW,
      updatedAt: NOW,
    });
    await db.table('attendance').put({
      id: '00000000-0000-4000-8000-0000000000d1',
      activityId: '00000000-0000-4000-8000-0000000000c1',
      memberId: '00000000-0000-4000-8000-0000000000a1',
      personName: '张三',
      personCategory: 'member',
      expected: true,
      status: 'present',
      hours: 2,
      date: '2024-03-05',
      order: 1,
      createdAt: NOW,
      updatedAt: NOW,
    });
    await db.table('files').put({
      id: '00000000-0000-4000-8000-0000000000e1',
      name: '签到表.txt',
      mimeType: 'text/plain',
      size: 9,
      blob: new Blob(['签到表'], { type: 'text/plain' }),
      createdAt: NOW,
      updatedAt: NOW,
    });
  }
  if (has('duesPayments')) {
    await db.table('duesProfiles').put({
      id: '00000000-0000-4000-8000-000000000101',
      memberId: '00000000-0000-4000-8000-0000000000a1',
      effectiveFrom: '2024-01',
      category: '离退休',
      baseFen: 420000,
      createdAt: NOW,
      updatedAt: NOW,
    });
    await db.table('duesPayments').put({
      id: '00000000-0000-4000-8000-000000000102',
      memberId: '00000000-0000-4000-8000-0000000000a1',
      branchId: '00000000-0000-4000-8000-0000000000b1',
      kind: 'regular',
      months: ['2024-01', '2024-02'],
      monthAmountsFen: [2100, 2100],
      amountFen: 4200,
      date: '2024-02-20',
      way: '现金',
      createdAt: NOW,
      updatedAt: NOW,
    });
  }
  if (has('changeLog')) {
    await db.table('changeLog').put({
      id: '00000000-0000-4000-8000-0000000000f1',
      at: NOW,
      operator: '李梅',
      action: 'create',
      tableName: 'members',
      recordId: '00000000-0000-4000-8000-0000000000a1',
      summary: '',
    });
  }
  if (has('recruitmentCases')) {
    await db.table('recruitmentCases').put({
      id: '00000000-0000-4000-8000-000000000101',
      name: '赵六',
      idNumber: '110101199903011236',
      gender: '男',
      birthDate: '1999-03-01',
      branchId: '00000000-0000-4000-8000-0000000000b1',
      applicationDate: '2024-01-15',
      createdAt: NOW,
      updatedAt: NOW,
    });
    await db.table('recruitmentSteps').put({
      id: '00000000-0000-4000-8000-000000000102',
      caseId: '00000000-0000-4000-8000-000000000101',
      kind: 'talk',
      date: '2024-02-01',
      content: '支部书记谈话',
      createdAt: NOW,
      updatedAt: NOW,
    });
  }
  if (has('reviewRounds')) {
    await db.table('reviewRounds').put({
      id: '00000000-0000-4000-8000-000000000101',
      branchId: '00000000-0000-4000-8000-0000000000b1',
      year: 2023,
      memberIds: ['00000000-0000-4000-8000-0000000000a1'],
      entries: { '00000000-0000-4000-8000-0000000000a1': { summaryReceivedDate: '2024-01-10', grade: 'qualified' } },
      createdAt: NOW,
      updatedAt: NOW,
    });
    await db.table('careVisits').put({
      id: '00000000-0000-4000-8000-000000000102',
      memberId: '00000000-0000-4000-8000-0000000000a1',
      date: '2024-02-05',
      visitors: '李梅',
      amountFen: 50000,
      source: '党费',
      signed: true,
      createdAt: NOW,
      updatedAt: NOW,
    });
  }
}
