import type {
  classifyHeader as enHeader,
  functionCounts as enCounts,
  functions as en,
  functionMessages as enMessages,
} from "../en/functions";
import type { Words } from "../Words";

/** The class limits' parameters, the same for XYZCLASS and XYZ. */
const xyzLimits = {
  x: {
    name: "x",
    description: "CV máximo para X: 0,1 o 10 (por defecto 10 %).",
  },
  y: {
    name: "y",
    description: "CV máximo para Y: 0,25 o 25 (por defecto 25 %).",
  },
};

/** The class limits' parameters, the same for ABCCLASS and ABC. */
const abcLimits = {
  a: {
    name: "a",
    description: "Proporción donde termina la clase A: 0,5 o 50 (por defecto 50 %).",
  },
  b: {
    name: "b",
    description: "Proporción donde termina la clase B: 0,8 o 80 (por defecto 80 %).",
  },
};

/** The period amounts of CV.P and CV.S. */
const periodAmounts = {
  name: "importes",
  description:
    "Importes por periodo, del más antiguo al más reciente: una fila o una columna. Vacías = 0.",
};

/** The activity window of CLIENTSTATUS and CLASSIFY. */
const activityWindow = {
  name: "ventana",
  description: "Ventana de actividad en periodos (por defecto 3: tres meses).",
};

/** The custom functions' names and descriptions, in Spanish. */
export const functions: Words<typeof en> = {
  "CV.P": {
    name: "COEFVAR.P",
    description:
      "Coeficiente de variación (σ de la población / media) de los importes desde la primera compra hasta el final.",
    parameters: {
      values: periodAmounts,
    },
  },
  "CV.S": {
    name: "COEFVAR.M",
    description:
      "Coeficiente de variación con la σ muestral (divide entre n − 1) desde la primera compra hasta el final.",
    parameters: {
      values: periodAmounts,
    },
  },
  XYZCLASS: {
    name: "CLASE.XYZ",
    description:
      "Clase XYZ (X estable, Y variable, Z irregular) de los importes por periodo o de un CV dado.",
    parameters: {
      values_or_cv: {
        name: "importes_o_cv",
        description: "Importes por periodo, del más antiguo al más reciente (fila o columna), o un CV.",
      },
      ...xyzLimits,
    },
  },
  ABCCLASS: {
    name: "CLASE.ABC",
    description:
      "Clase ABC de un importe entre todos: A mientras los clientes mayores tengan menos de a de la facturación.",
    parameters: {
      value: {
        name: "facturación",
        description: "La facturación del cliente.",
      },
      values: {
        name: "facturaciones",
        description: "La facturación de todos los clientes (toda la columna, fijada con $).",
      },
      ...abcLimits,
    },
  },
  ABC: {
    name: "ABC",
    description:
      "Clases ABC de toda una columna de facturación a la vez, desbordadas al lado. Más rápido que CLASE.ABC fila a fila.",
    parameters: {
      values: {
        name: "facturaciones",
        description: "La facturación de todos los clientes.",
      },
      ...abcLimits,
    },
  },
  XYZ: {
    name: "XYZ",
    description: "Clase XYZ de cada fila de una tabla clientes × periodos, desbordada en una columna.",
    parameters: {
      table: {
        name: "tabla",
        description: "Importes por periodo, una fila por cliente, el periodo más antiguo primero.",
      },
      ...xyzLimits,
    },
  },
  CLIENTSTATUS: {
    name: "ESTADO.CLIENTE",
    description:
      "Estado del cliente según los importes por periodo, el último es el actual: potential, new, permanent, lost o restored.",
    parameters: {
      values: {
        name: "importes",
        description: "Importes por periodo, del más antiguo al actual.",
      },
      window: activityWindow,
    },
  },
  SCIBAND: {
    name: "NIVEL.SCI",
    description:
      "Nivel de fiabilidad del índice SCI de un cliente: seguro desde 90 %, favorable desde 80 %, vulnerable desde 70 %, si no en riesgo (responde con la palabra en inglés).",
    parameters: {
      value: {
        name: "índice",
        description: "El índice de fiabilidad del cliente: 0,85, 85 u 85 %.",
      },
    },
  },
  SATISFACTION: {
    name: "SATISFACCION",
    description:
      "Satisfacción de una encuesta según su puntuación más baja de 1 a 5: descontento (2 o menos), descontento oculto (3) o satisfecho (4 o 5); la respuesta es la palabra en inglés.",
    parameters: {
      scores: {
        name: "puntuaciones",
        description: "Las puntuaciones de una encuesta, de 1 a 5; vacía si no se hizo la pregunta.",
      },
    },
  },
  CLASSIFY: {
    name: "CLASIFICAR",
    description:
      "Toda la tabla de clientes a partir de la tabla de ventas: facturación, proporciones, ABC, CV, XYZ y estado, desbordada y viva.",
    parameters: {
      table: {
        name: "tabla",
        description: "La tabla con encabezados: clientes en la primera columna, una columna por periodo.",
      },
      a: {
        name: "a",
        description: "Proporción donde termina la clase A (por defecto 50 %).",
      },
      b: {
        name: "b",
        description: "Proporción donde termina la clase B (por defecto 80 %).",
      },
      x: {
        name: "x",
        description: "CV máximo para X (por defecto 10 %).",
      },
      y: {
        name: "y",
        description: "CV máximo para Y (por defecto 25 %).",
      },
      window: activityWindow,
    },
  },
};

/** What a custom function says in its cell when it cannot compute, in Spanish; `{placeholders}` are the problem's fields. */
export const functionMessages: Words<typeof enMessages> = {
  textInRange: "Texto '{text}' en el rango (fila {row}, columna {col}): solo importes",
  errorInRange: "Error {text} en el rango (fila {row}, columna {col}): corrija esa celda",
  emptyRange: "El rango está vacío",
  notOneLine: "Indique una fila o una columna de importes por periodo, no {rows} × {cols}",
  notANumber: "{argument} debe ser un número, no '{text}'",
  noPositive: "No hay importes positivos en el rango: sin CV",
  nonPositiveMean: "La media desde la primera compra no es positiva (devoluciones): sin CV",
  singlePeriod: "Solo un periodo desde la primera compra: el CV muestral necesita dos",
  negativeCv: "Un CV no puede ser negativo ({value})",
  thresholdRange: "El umbral {argument} debe ser mayor que 0 y menor que 100% (se indicó {value})",
  thresholdOrder: "El umbral {first} ({low}) debe ser menor que {second} ({high})",
  windowRange: "La ventana es un número entero de periodos desde 1 (se indicó {value})",
  noClientRows: "La tabla necesita una fila de encabezados y al menos una fila de cliente",
  noClientColumn:
    "La primera columna debe contener clientes, pero su encabezado '{header}' es un periodo o un importe",
  noPeriodColumns: "La tabla no tiene columnas de periodos después de la columna de clientes",
  amountsWithoutClient: "La fila {row} de la tabla tiene importes pero no cliente",
  notOneValue: "Indique una celda, no {rows} × {cols}",
  notAnSci:
    "«{text}» no es un índice de fiabilidad: indique una fracción de 0 a 1 o un porcentaje de 0 a 100",
  notAScore: "«{text}» no es una puntuación (fila {row}, columna {col}): escriba un número entero del 1 al 5 o deje la celda vacía",
  noScore: "La fila no tiene ninguna puntuación: la encuesta no tiene respuestas",
};

/** The header row CLASSIFY writes above its client rows, in Spanish. */
export const classifyHeader: Words<typeof enHeader> = {
  client: "Cliente",
  turnover: "Facturación",
  share: "Cuota",
  cumShare: "Cuota acumulada",
  abc: "ABC",
  cv: "CV",
  xyz: "XYZ",
  status: "Estado",
};

/** The size of a range a function refused: `{rows}` and `{cols}` of its messages. */
export const functionCounts: Words<typeof enCounts> = {
  rows: { one: "{n} fila", other: "{n} filas" },
  cols: { one: "{n} columna", other: "{n} columnas" },
};
