import type { Response } from 'supertest';

export interface Outcome {
  status: number;
  error?: { name: string; message: string; details: { reasons?: unknown[]; errors?: unknown[] } };
}

export const fromResponse = (res: Response): Outcome => ({ status: res.status, error: res.body?.error });

/** A document-service call made from code, reported like the HTTP answer it would produce. */
export const fromCall = async (call: () => Promise<unknown>): Promise<Outcome> => {
  try {
    await call();
    return { status: 200 };
  } catch (thrown) {
    const { name, message, details } = thrown as {
      name: string;
      message: string;
      details: Outcome['error'] extends infer E ? (E extends { details: infer D } ? D : never) : never;
    };
    return { status: name === 'ValidationError' ? 400 : 500, error: { name, message, details } };
  }
};
