import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface FakeToolDirectory {
  /** Use as the PATH of the tool run. */
  path: string;
  remove(): void;
}

/**
 * A directory of tiny real programs standing in for ping or tracepath: execa finds them through PATH
 * exactly as it finds the real tools, so the whole run-parse-decide path is exercised.
 */
export function fakeToolDirectory(scripts: Record<string, string>): FakeToolDirectory {
  const directory = mkdtempSync(path.join(tmpdir(), "rdp-fix-path-tools-"));
  for (const [name, body] of Object.entries(scripts)) {
    const file = path.join(directory, name);
    // The run's PATH is this directory alone; the script itself may still use the system's utilities.
    writeFileSync(file, `#!/bin/sh\nPATH=/usr/sbin:/usr/bin:/sbin:/bin\n${body}\n`);
    chmodSync(file, 0o755);
  }
  return { path: directory, remove: () => rmSync(directory, { recursive: true, force: true }) };
}

/** A script that prints recorded output: `small` for the small DF ping, `large` for `-s <largeSize>`. */
export function recordedPing(outputs: { small: string; large?: string; largeSize?: number }): string {
  const large = outputs.large ?? outputs.small;
  return `case " $* " in
  *" -s ${outputs.largeSize ?? 1472} "*) cat <<'END'
${large}
END
  ;;
  *) cat <<'END'
${outputs.small}
END
  ;;
esac`;
}
