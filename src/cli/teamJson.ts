import type { TeamFigures, TeamRow } from "../core";

/** One row of the `team` object: the contract other tools read (`manager` only for a manager's row). */
function rowJson(row: TeamRow, noManager: string | null): Record<string, unknown> {
  return {
    ...(noManager === null ? {} : { manager: row.manager ?? noManager }),
    clients: { ...row.clients },
    lostInPeriod: row.lostInPeriod,
    primary: { ...row.primary },
    newDirections: row.newDirections === null ? null : { ...row.newDirections },
    repeat: { amount: row.repeat.amount },
    restored: { ...row.restored },
    classChanges: row.classChanges === null ? null : { ...row.classChanges },
    health: { ...row.health },
  };
}

/**
 * The `team` and `migration` objects of `--json` (METHODOLOGY §8): names are a contract; a figure
 * that is not available is null; the blank manager's row is named `noManager` in the run's language.
 * @example teamJson(team, "(no manager)").team.total.primary // { clients: 2, amount: 150 }
 */
export function teamJson(team: TeamFigures, noManager: string): { team: unknown; migration: unknown } {
  return {
    team: { managers: team.managers.map((m) => rowJson(m, noManager)), total: rowJson(team.total, null) },
    migration: team.migration === null ? null : { abc: team.migration.abc, xyz: team.migration.xyz },
  };
}
