import { describe, expect, it } from 'vitest';
import { activitySchema, activityTypeSchema } from '../../../renderer/src/domain/entities/activity';
import { planItemSchema } from '../../../renderer/src/domain/entities/education-plan';
import { studyEntrySchema } from '../../../renderer/src/domain/entities/study-record';
import { numberFromText, useSchemaForm } from '../../../renderer/src/ui/use-schema-form';

const hoursOf = (schema: Parameters<typeof useSchemaForm>[0], text: string) =>
  useSchemaForm(schema, { hours: numberFromText(text) }).errors['hours'];

describe('forms check a field with the schema the store uses', () => {
  it('the activity, type and plan forms take 0 to 80 hours and say so in the same words', () => {
    expect(hoursOf(activitySchema, '0')).toBeUndefined();
    expect(hoursOf(activitySchema, '80')).toBeUndefined();
    expect(hoursOf(activitySchema, '80.5')).toBe('学时不超过 80');
    expect(hoursOf(planItemSchema, '-1')).toBe('学时不能为负数');
    expect(hoursOf(planItemSchema, '')).toBe('请输入学时');
    expect(hoursOf(activitySchema, 'abc')).toBe('请输入学时');
    expect(useSchemaForm(activityTypeSchema, { defaultHours: 81 }).valid).toBe(false);
  });

  it('the self-study form refuses 0.2 hours, which the study archive would refuse on save', () => {
    expect(hoursOf(studyEntrySchema, '0.2')).toBe('学时至少 0.5');
    expect(hoursOf(studyEntrySchema, '1.25')).toBe('学时最多一位小数');
    expect(hoursOf(studyEntrySchema, '0.5')).toBeUndefined();
    expect(() => studyEntrySchema.shape.hours.parse(0.2)).toThrow();
  });

  it('only the fields given are checked', () => {
    expect(useSchemaForm(activitySchema, {})).toEqual({ errors: {}, valid: true });
  });
});
