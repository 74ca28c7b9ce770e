/**
 * npm commands in Yarn (classic) and pnpm form, for ```` ```bash npm2yarn ```` blocks, following the
 * conversions Docusaurus's npm2yarn plugin shows. Lines that are not npm commands (cd, comments,
 * npx) are kept as they are.
 */
export type PackageManager = "yarn" | "pnpm";

export function convertNpmCommands(code: string, to: PackageManager): string {
  return code
    .split("\n")
    .map((line) => convertLine(line, to))
    .join("\n");
}

function convertLine(line: string, to: PackageManager): string {
  const match = /^(\s*(?:\$\s+)?)npm\s+(\S+)(.*)$/.exec(line);
  if (match === null) return line;
  const [, prefix = "", command = "", rest = ""] = match;
  const args = rest.trim() === "" ? [] : rest.trim().split(/\s+/);
  const converted = convertCommand(command, args, to);
  return converted === undefined ? line : `${prefix}${converted.join(" ")}`;
}

function convertCommand(command: string, args: string[], to: PackageManager): string[] | undefined {
  switch (command) {
    case "install":
    case "i":
    case "add":
      return convertInstall(args, to);
    case "uninstall":
    case "un":
    case "remove":
    case "rm":
      return [to, "remove", ...args.filter((arg) => !isSaveFlag(arg))];
    case "run":
    case "run-script":
      return convertRun(args, to);
    case "ci":
      return [to, "install", "--frozen-lockfile", ...args];
    case "init":
    case "create":
      return args.length === 0 ? [to, "init"] : [to, "create", ...args];
    case "start":
    case "test":
    case "t":
      return [to, command === "t" ? "test" : command, ...withoutDoubleDash(args)];
    default:
      return undefined;
  }
}

function convertInstall(args: string[], to: PackageManager): string[] {
  const global = args.some(isGlobalFlag);
  const kept = args.filter((arg) => !isSaveFlag(arg) && !isGlobalFlag(arg)).map((arg) => convertInstallFlag(arg, to));
  if (!kept.some((arg) => !arg.startsWith("-")))
    return to === "yarn" ? ["yarn", ...kept] : ["pnpm", "install", ...kept];
  if (to === "yarn") return global ? ["yarn", "global", "add", ...kept] : ["yarn", "add", ...kept];
  return global ? ["pnpm", "add", "-g", ...kept] : ["pnpm", "add", ...kept];
}

function isGlobalFlag(arg: string): boolean {
  return arg === "-g" || arg === "--global";
}

function convertInstallFlag(flag: string, to: PackageManager): string {
  const yarn: Record<string, string> = {
    "-D": "--dev",
    "--save-dev": "--dev",
    "-E": "--exact",
    "--save-exact": "--exact",
    "-O": "--optional",
    "--save-optional": "--optional",
    "-P": "--production",
    "--save-prod": "--production",
    "--no-package-lock": "--no-lockfile",
  };
  const pnpm: Record<string, string> = {
    "-D": "-D",
    "--save-dev": "-D",
    "-E": "--save-exact",
    "-O": "--save-optional",
    "-P": "--save-prod",
  };
  return (to === "yarn" ? yarn[flag] : pnpm[flag]) ?? flag;
}

// `--save` / `-S` is npm's default since npm 5; Yarn and pnpm have no such flag.
function isSaveFlag(arg: string): boolean {
  return arg === "--save" || arg === "-S";
}

// `npm run x -- --flag` needs the `--` so npm passes the flag on; Yarn and pnpm pass it on without.
function convertRun(args: string[], to: PackageManager): string[] {
  const rest = withoutDoubleDash(args);
  return to === "yarn" ? ["yarn", ...rest] : ["pnpm", "run", ...rest];
}

function withoutDoubleDash(args: string[]): string[] {
  const index = args.indexOf("--");
  return index === -1 ? args : [...args.slice(0, index), ...args.slice(index + 1)];
}
