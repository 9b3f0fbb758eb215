import type { sci as en } from "../en/sci";
import type { Words } from "../Words";

export const sci: Words<typeof en> = {
  columns: { sci: "SCI", band: "Надёжность" },
  bands: {
    secure: "надёжный",
    favourable: "благоприятный",
    vulnerable: "уязвимый",
    "at risk": "в зоне риска",
  },
  matrix: {
    title: "ABC × надёжность (SCI)",
    noSci: "Без SCI",
    atRiskA: "Клиенты A в зоне риска: первые звонки дня",
    noneAtRisk: "Клиентов A в зоне риска нет",
  },
  team: {
    title: "Надёжность (SCI): клиенты, затем оборот",
  },
  pane: {
    bands: "Надёжность (SCI)",
    noSci: "без SCI",
    atRiskA: {
      one: "{n} клиент A в зоне риска: {names}",
      few: "{n} клиента A в зоне риска: {names}",
      many: "{n} клиентов A в зоне риска: {names}",
      other: "{n} клиента A в зоне риска: {names}",
    },
  },
};
