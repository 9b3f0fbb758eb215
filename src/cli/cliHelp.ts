import type { Command, Help, Option } from "commander";
import type { CliWords } from "../locales/cliWords";

/** `--help` in the run's words: commander's layout, none of its English titles. */
export function formatHelp(cmd: Command, helper: Help, words: CliWords["help"]): string {
  const width = helper.padWidth(cmd, helper);
  const item = (term: string, description: string) => `  ${term.padEnd(width)}  ${description}`;
  const described = (option: Option) => {
    const extra = [
      ...(option.argChoices ? [`${words.choices}: ${option.argChoices.join(", ")}`] : []),
      ...(option.defaultValue !== undefined ? [`${words.default}: ${String(option.defaultValue)}`] : []),
    ];
    return extra.length > 0 ? `${option.description} (${extra.join("; ")})` : option.description;
  };
  return [
    `${words.usage} ${cmd.name()} ${cmd.usage()}`,
    "",
    cmd.description(),
    "",
    words.arguments,
    ...helper.visibleArguments(cmd).map((a) => item(helper.argumentTerm(a), a.description)),
    "",
    words.options,
    ...helper.visibleOptions(cmd).map((o) => item(helper.optionTerm(o), described(o))),
    "",
  ].join("\n");
}

