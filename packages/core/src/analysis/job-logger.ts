/**
 * Where the job runner says what it does: pino's (and Fastify's `app.log`) shape, an object
 * of fields then a message. The server passes its logger; without one nothing is written.
 */
export interface JobLogger {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

const ignore = () => {};

export const silentJobLogger: JobLogger = { debug: ignore, info: ignore, warn: ignore, error: ignore };
