import { CodedError } from "../errors/coded-error.js";

export type ConfigErrorCode = "CONFIG_INVALID" | "CONFIG_NO_PLATFORM";

const invalidAdvice = "Fix these variables and restart (.env.example describes every one).";

/**
 * Broken setup: `rdp-fix serve` refuses to start with this message. Problems name the variable and what to
 * put there, never its value, so the error is safe to log and to print. Nothing that holds values (such as
 * a ZodError) may become its `cause`.
 */
export class ConfigError extends CodedError<ConfigErrorCode> {
  private constructor(
    code: ConfigErrorCode,
    readonly problems: readonly string[],
    message: string,
    options: ErrorOptions & { advice: string },
  ) {
    super(code, message, options);
  }

  /** Every problem at once, so one restart fixes them all. */
  static invalid(problems: readonly string[], options?: ErrorOptions): ConfigError {
    const message = `The configuration in the environment is invalid:\n- ${problems.join("\n- ")}\n${invalidAdvice}`;
    return new ConfigError("CONFIG_INVALID", problems, message, { ...options, advice: invalidAdvice });
  }

  /** `howToEnable`: one sentence per chat adapter on the variables that turn it on. */
  static noPlatform(howToEnable: readonly string[]): ConfigError {
    const advice = [
      "No chat platform is configured, so there is nothing to serve.",
      ...howToEnable,
      ".env.example describes every variable and the README's Configuration section explains them.",
    ].join(" ");
    return new ConfigError("CONFIG_NO_PLATFORM", [advice], advice, { advice });
  }
}
