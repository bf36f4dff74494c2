import { describe, expect, it } from 'vitest';
import { createMemberMatcher } from '../../../renderer/src/domain/rules/member-match';

const stored = [
  { id: 'a', name: '张三', idNumber: '11010519491231002X', birthDate: '1949-12-31' },
  { id: 'b', name: '李四', idNumber: undefined, birthDate: '1960-01-02' },
  { id: 'c', name: '王五', idNumber: '510104198001010010', birthDate: '1980-01-01' },
];

describe('duplicate matching', () => {
  const matcher = createMemberMatcher(stored);

  it('matches by ID number first, whatever the name', () => {
    expect(matcher.find({ name: '张叁', idNumber: '11010519491231002x' })).toMatchObject({
      member: { id: 'a' },
      by: 'idNumber',
    });
  });

  it('then by name and birth date', () => {
    expect(matcher.find({ name: ' 李 四', birthDate: '1960-01-02' })).toMatchObject({
      member: { id: 'b' },
      by: 'nameBirth',
    });
    expect(matcher.find({ name: '李四', birthDate: '1960-01-02', idNumber: '110105196001020011' })).toMatchObject({
      member: { id: 'b' },
    });
  });

  it('two people with the same name and birthday but different ID numbers are different people', () => {
    expect(matcher.find({ name: '王五', birthDate: '1980-01-01', idNumber: '110105198001010011' })).toBeNull();
  });

  it('no match for a new person', () => {
    expect(matcher.find({ name: '赵六', birthDate: '1970-01-01' })).toBeNull();
  });
});
