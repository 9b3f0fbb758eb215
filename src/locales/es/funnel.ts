import type { funnel as en } from "../en/funnel";
import type { Words } from "../Words";

export const funnel: Words<typeof en> = {
  sheet: "Embudo",
  title: "Embudo del plan de desarrollo",
  stage: "Etapa",
  rows: "Filas del plan",
  reached: "Llegaron",
  conversion: "A la etapa siguiente",
  total: "Total",
  byManager: "Por gestor",
  bySegment: "Por segmento",
  byProduct: "Por producto",
  noManager: "(sin gestor)",
  noSegment: "(sin segmento)",
  refusals: "Rechazos según la etapa en que llegaron",
  refusedAt: "Rechazado en",
  refusedCount: "Rechazos",
  notRecorded: "sin registrar",
  overdue: "Vencidas: la fecha del siguiente paso ya pasó (al {date})",
  noOverdue: "Ninguna fila está vencida",
  client: "Cliente",
  product: "Producto",
  manager: "Gestor",
  date: "Siguiente paso",
  daysLate: "Días de retraso",
  pane: {
    goFunnel: "Hoja del embudo",
    moreOverdue: "y {count} más en la hoja del embudo",
    late: "{days} d de retraso",
  },
  summary: {
    stages: "Embudo: {stages}",
    refusals: "Rechazos por etapa: {list}",
    overdue: "Filas vencidas al {date}: {count}; la más antigua: {client} · {product}, {late}",
  },
};
