/** Splits "党史、党章, 法规" into tags: Chinese and Western commas, 顿号 and spaces all separate. */
export function splitTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[、，,；;\s]+/)
        .map((tag) => tag.trim())
        .filter((tag) => tag !== ''),
    ),
  ];
}
