import type { PortraitWords } from "../portraitWords";

/** The words of the portrait sheets, in English (the shape the other languages follow). */
export const portrait = {
  stages: {
    notOffered: "not offered",
    presentation: "presentation",
    offer: "offer",
    contract: "contract",
    payment: "payment",
    closed: "closed",
    refused: "refused",
  },
  /** What older plans called the offer stage; read as "offer". */
  formerOffer: "offered",
  states: { open: "", done: "done", dropped: "no longer a target", gone: "not in the data" },
  noSegment: "(no segment)",
  issues: {
    ownSheetNotRead:
      "Segmenta's sheet {sheet} could not be read, so nothing was written (the marks and plan entries on it would be lost)",
    noProducts: "The table has no product column: choose one to build the ideal client portrait",
    tooManyRows: "The sheet {sheet} would need {rows} rows, more than Excel's {limit}",
    noRoom: "The sheet {sheet} would need {cols} more columns than Excel allows ({limit})",
  },
  notInData: "not in the data",
  headers: {
    corner: "Segment \\ product",
    note: "Note",
    segment: "Segment",
    activeClients: "Active clients",
    shareTitle: "Share of active clients who bought",
    turnoverTitle: "Turnover",
    key: "Key",
    client: "Client",
    manager: "Manager",
    abc: "ABC",
    xyz: "XYZ",
    status: "Status",
    degree: "Development degree",
    next: "Next product",
    product: "Product",
    stage: "Stage",
    date: "Date",
    comment: "Comment",
    state: "State",
    refusedAt: "Refused at",
    lastStage: "Stage at last run",
    turnover: "Turnover",
    buyers: "Buyers",
    untargeted: "Products sold that no segment targets",
    unbought: "Target cells nobody in the segment buys",
    otherTurnover: "Turnover in other segments",
  },
} satisfies PortraitWords;
