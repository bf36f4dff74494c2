import { describe, expect, it } from 'vitest';
import {
  coursewareFileProblem,
  coursewareHours,
  coursewareKindOf,
  formatDuration,
  isPlayableInApp,
  isRemoteEducation,
  MAX_COURSEWARE_BYTES,
} from '../../../renderer/src/domain/rules/courseware-file';

describe('courseware files', () => {
  it('knows videos, audio, PDFs, slides and Word files by extension', () => {
    expect(coursewareKindOf('党史.MP4')).toBe('video');
    expect(coursewareKindOf('讲话.wav')).toBe('audio');
    expect(coursewareKindOf('党章.pdf')).toBe('pdf');
    expect(coursewareKindOf('课件.pptx')).toBe('slides');
    expect(coursewareKindOf('讲稿.docx')).toBe('word');
    expect(coursewareKindOf('setup.exe')).toBeNull();
  });

  it('an unknown type, an empty file and a too-large file are refused with the reason', () => {
    expect(coursewareFileProblem('setup.exe', 100)).toContain('不支持的文件类型“.exe”');
    expect(coursewareFileProblem('noextension', 100)).toContain('无扩展名');
    expect(coursewareFileProblem('a.mp4', 0)).toContain('是空的');
    expect(coursewareFileProblem('a.mp4', MAX_COURSEWARE_BYTES + 1)).toContain('超过了 500 MB 的上限');
    expect(coursewareFileProblem('a.mp4', 1024)).toBeNull();
  });

  it('only formats the built-in player handles play inside the app', () => {
    expect(isPlayableInApp('a.mp4')).toBe(true);
    expect(isPlayableInApp('a.wav')).toBe(true);
    expect(isPlayableInApp('a.wmv')).toBe(false);
  });

  it('playing time is credited in tenths of 学时, every started 6 minutes counting', () => {
    expect(coursewareHours(3600)).toBe(1);
    expect(coursewareHours(45 * 60)).toBe(0.8);
    expect(coursewareHours(1)).toBe(0.1);
    expect(coursewareHours(0)).toBe(0);
    expect(coursewareHours(90 * 60)).toBe(1.5);
  });

  it('durations read as Chinese', () => {
    expect(formatDuration(3723)).toBe('1 小时 2 分 3 秒');
    expect(formatDuration(1)).toBe('1 秒');
    expect(formatDuration(undefined)).toBe('—');
  });

  it('remote education is recognised by the activity type or form', () => {
    expect(isRemoteEducation('远程教育', undefined)).toBe(true);
    expect(isRemoteEducation('主题党日', '远程教育')).toBe(true);
    expect(isRemoteEducation('党课', '专题讲座')).toBe(false);
  });
});
