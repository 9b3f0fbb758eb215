import type { portrait as en } from "../en/portrait";
import type { Words } from "../Words";

/** The words of the portrait sheets, in Spanish. */
export const portrait: Words<typeof en> = {
  stages: {
    notOffered: "no ofrecido",
    presentation: "presentación",
    offer: "oferta",
    contract: "contrato",
    payment: "pago",
    closed: "cerrado",
    refused: "rechazado",
  },
  formerOffer: "ofrecido",
  states: { open: "", done: "hecho", dropped: "ya no es objetivo", gone: "no está en los datos" },
  noSegment: "(sin segmento)",
  allClients: "Todos los clientes",
  issues: {
    ownSheetNotRead:
      "No se pudo leer la hoja de Segmenta «{sheet}», así que no se escribió nada (se perderían sus marcas y entradas del plan)",
    noProducts:
      "La tabla no tiene columna de producto: elija una para construir el retrato ideal del cliente",
    tooManyRows: "La hoja «{sheet}» necesitaría {rows} filas, más que las {limit} de Excel",
    noRoom: "La hoja «{sheet}» necesitaría {cols} columnas, más de las que permite Excel ({limit})",
  },
  notInData: "no está en los datos",
  headers: {
    corner: "Segmento \\ producto",
    note: "Nota",
    segment: "Segmento",
    activeClients: "Clientes activos",
    shareTitle: "Proporción de clientes activos que compraron",
    turnoverTitle: "Facturación",
    key: "Clave",
    client: "Cliente",
    manager: "Gestor",
    abc: "ABC",
    xyz: "XYZ",
    status: "Estado",
    degree: "Grado de desarrollo",
    next: "Siguiente producto",
    product: "Producto",
    stage: "Etapa",
    date: "Fecha",
    comment: "Comentario",
    state: "Situación",
    refusedAt: "Rechazado en",
    lastStage: "Etapa en la ejecución anterior",
    turnover: "Facturación",
    buyers: "Compradores",
    untargeted: "Productos vendidos que ningún segmento tiene como objetivo",
    unbought: "Objetivos que nadie del segmento compra",
    otherTurnover: "Facturación en otros segmentos",
  },
};
