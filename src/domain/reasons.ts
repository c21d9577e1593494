/**
 * Why something was refused — a publish, a save, a department, an archive action, a public request.
 * Every refusal answers `error.details.reasons` with all of them at once (services/refusal.ts); README
 * lists every code.
 */
export interface Reason<Code extends string = string> {
  /** stable forever: programs key on it */
  code: Code;
  /** Chinese, for the editor or the citizen */
  message: string;
  /** the field it is about, as Strapi writes paths (`['title']`); the admin shows the message under it */
  path?: string[];
  /** set when the reason concerns another document than the one acted on */
  documentId?: string;
}
