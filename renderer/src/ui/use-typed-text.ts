import { useState } from 'react';
import type { TypedParse } from '../domain/rules/typed-date';

/**
 * The text a person types into a date/time/month field, kept apart from the stored value: the value
 * follows every readable keystroke (so 保存 works without leaving the field), an unreadable text is
 * handed on as typed so the form's own check refuses it, and leaving the field shows the stored form.
 */
export function useTypedText(value: string, onChange: (value: string) => void, parse: (text: string) => TypedParse) {
  const [text, setText] = useState(value);
  const [emitted, setEmitted] = useState(value);
  const [touched, setTouched] = useState(false);
  if (value !== emitted) {
    // The form changed the value itself (reset, a default, a loaded record).
    setEmitted(value);
    setText(value);
  }
  const parsed = text.trim() === '' ? null : parse(text);
  return {
    text,
    problem: touched && parsed !== null && !parsed.ok ? parsed.reason : null,
    change(next: string) {
      setText(next);
      const result = next.trim() === '' ? null : parse(next);
      const out = result === null ? '' : result.ok ? result.value : next.trim();
      setEmitted(out);
      onChange(out);
    },
    pick(next: string) {
      setText(next);
      setEmitted(next);
      onChange(next);
    },
    blur() {
      setTouched(true);
      if (parsed?.ok === true) setText(parsed.value);
    },
  };
}
