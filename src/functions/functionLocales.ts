/**
 * Russian and Spanish names and descriptions of the custom functions: the one table the build
 * step (scripts/buildFunctionLocales.ts) turns into functions-ru.json and functions-es.json.
 * Ids never change; only `name` and `description` (of functions and of their parameters) do.
 */

export type FunctionLanguage = "ru" | "es";

export interface LocalText {
  readonly name: string;
  readonly description: string;
}

export interface FunctionLocale extends LocalText {
  /** By the parameter's name in functions.json. */
  readonly parameters: Readonly<Record<string, LocalText>>;
}

type Table = Readonly<Record<string, Readonly<Record<FunctionLanguage, FunctionLocale>>>>;

const RU_X: LocalText = { name: "x", description: "Наибольший КВ для X: 0,1 или 10 (по умолчанию 10 %)." };
const RU_Y: LocalText = { name: "y", description: "Наибольший КВ для Y: 0,25 или 25 (по умолчанию 25 %)." };
const ES_X: LocalText = { name: "x", description: "CV máximo para X: 0,1 o 10 (por defecto 10 %)." };
const ES_Y: LocalText = { name: "y", description: "CV máximo para Y: 0,25 o 25 (por defecto 25 %)." };
const RU_A: LocalText = {
  name: "a",
  description: "Доля, на которой кончается класс A: 0,5 или 50 (по умолчанию 50 %).",
};
const RU_B: LocalText = {
  name: "b",
  description: "Доля, на которой кончается класс B: 0,8 или 80 (по умолчанию 80 %).",
};
const ES_A: LocalText = {
  name: "a",
  description: "Proporción donde termina la clase A: 0,5 o 50 (por defecto 50 %).",
};
const ES_B: LocalText = {
  name: "b",
  description: "Proporción donde termina la clase B: 0,8 o 80 (por defecto 80 %).",
};
const RU_AMOUNTS: LocalText = {
  name: "суммы",
  description: "Суммы по периодам от старых к новым: одна строка или один столбец. Пустые = 0.",
};
const ES_AMOUNTS: LocalText = {
  name: "importes",
  description: "Importes por periodo, del más antiguo al más reciente: una fila o una columna. Vacías = 0.",
};
const RU_WINDOW: LocalText = {
  name: "окно",
  description: "Окно активности в периодах (по умолчанию 3: три месяца).",
};
const ES_WINDOW: LocalText = {
  name: "ventana",
  description: "Ventana de actividad en periodos (por defecto 3: tres meses).",
};

export const FUNCTION_LOCALES: Table = {
  "CV.P": {
    ru: {
      name: "КОЭФВАР.Г",
      description:
        "Коэффициент вариации (σ генеральной совокупности / среднее) сумм по периодам с первой покупки до конца.",
      parameters: { values: RU_AMOUNTS },
    },
    es: {
      name: "COEFVAR.P",
      description:
        "Coeficiente de variación (σ de la población / media) de los importes desde la primera compra hasta el final.",
      parameters: { values: ES_AMOUNTS },
    },
  },
  "CV.S": {
    ru: {
      name: "КОЭФВАР.В",
      description: "Коэффициент вариации по выборочной σ (делит на n − 1) с первой покупки до конца.",
      parameters: { values: RU_AMOUNTS },
    },
    es: {
      name: "COEFVAR.M",
      description:
        "Coeficiente de variación con la σ muestral (divide entre n − 1) desde la primera compra hasta el final.",
      parameters: { values: ES_AMOUNTS },
    },
  },
  XYZCLASS: {
    ru: {
      name: "КЛАСС.XYZ",
      description:
        "Класс XYZ (X стабильный, Y переменчивый, Z нерегулярный) по суммам за периоды или по готовому КВ.",
      parameters: {
        values_or_cv: {
          name: "суммы_или_кв",
          description: "Суммы по периодам от старых к новым (строка или столбец) или одно число — КВ.",
        },
        x: RU_X,
        y: RU_Y,
      },
    },
    es: {
      name: "CLASE.XYZ",
      description:
        "Clase XYZ (X estable, Y variable, Z irregular) de los importes por periodo o de un CV dado.",
      parameters: {
        values_or_cv: {
          name: "importes_o_cv",
          description: "Importes por periodo, del más antiguo al más reciente (fila o columna), o un CV.",
        },
        x: ES_X,
        y: ES_Y,
      },
    },
  },
  ABCCLASS: {
    ru: {
      name: "КЛАСС.ABC",
      description:
        "Класс ABC одной суммы среди всех: A, пока более крупные клиенты держат меньше доли a оборота.",
      parameters: {
        value: { name: "оборот", description: "Оборот клиента." },
        values: {
          name: "обороты",
          description: "Обороты всех клиентов (весь столбец, закреплённый через $).",
        },
        a: RU_A,
        b: RU_B,
      },
    },
    es: {
      name: "CLASE.ABC",
      description:
        "Clase ABC de un importe entre todos: A mientras los clientes mayores tengan menos de a de la facturación.",
      parameters: {
        value: { name: "facturación", description: "La facturación del cliente." },
        values: {
          name: "facturaciones",
          description: "La facturación de todos los clientes (toda la columna, fijada con $).",
        },
        a: ES_A,
        b: ES_B,
      },
    },
  },
  ABC: {
    ru: {
      name: "ABC",
      description:
        "Классы ABC всего столбца оборотов сразу, с разливом рядом. Быстрее, чем КЛАСС.ABC в каждой строке.",
      parameters: { values: { name: "обороты", description: "Обороты всех клиентов." }, a: RU_A, b: RU_B },
    },
    es: {
      name: "ABC",
      description:
        "Clases ABC de toda una columna de facturación a la vez, desbordadas al lado. Más rápido que CLASE.ABC fila a fila.",
      parameters: {
        values: { name: "facturaciones", description: "La facturación de todos los clientes." },
        a: ES_A,
        b: ES_B,
      },
    },
  },
  XYZ: {
    ru: {
      name: "XYZ",
      description: "Класс XYZ каждой строки таблицы клиенты × периоды, столбцом с разливом.",
      parameters: {
        table: {
          name: "таблица",
          description: "Суммы по периодам, строка на клиента, старые периоды слева.",
        },
        x: RU_X,
        y: RU_Y,
      },
    },
    es: {
      name: "XYZ",
      description: "Clase XYZ de cada fila de una tabla clientes × periodos, desbordada en una columna.",
      parameters: {
        table: {
          name: "tabla",
          description: "Importes por periodo, una fila por cliente, el periodo más antiguo primero.",
        },
        x: ES_X,
        y: ES_Y,
      },
    },
  },
  CLIENTSTATUS: {
    ru: {
      name: "СТАТУС.КЛИЕНТА",
      description:
        "Статус клиента по суммам за периоды, последний — текущий: potential, new, permanent, lost или restored.",
      parameters: {
        values: {
          name: "суммы",
          description: "Суммы по периодам от старых к новым, последняя — текущий период.",
        },
        window: RU_WINDOW,
      },
    },
    es: {
      name: "ESTADO.CLIENTE",
      description:
        "Estado del cliente según los importes por periodo, el último es el actual: potential, new, permanent, lost o restored.",
      parameters: {
        values: { name: "importes", description: "Importes por periodo, del más antiguo al actual." },
        window: ES_WINDOW,
      },
    },
  },
  CLASSIFY: {
    ru: {
      name: "КЛАССИФИКАЦИЯ",
      description:
        "Вся таблица клиентов из таблицы продаж: оборот, доли, ABC, КВ, XYZ и статус, с разливом и пересчётом.",
      parameters: {
        table: {
          name: "таблица",
          description: "Таблица с заголовками: клиенты в первом столбце, по столбцу на период.",
        },
        a: { name: "a", description: "Доля, на которой кончается класс A (по умолчанию 50 %)." },
        b: { name: "b", description: "Доля, на которой кончается класс B (по умолчанию 80 %)." },
        x: { name: "x", description: "Наибольший КВ для X (по умолчанию 10 %)." },
        y: { name: "y", description: "Наибольший КВ для Y (по умолчанию 25 %)." },
        window: RU_WINDOW,
      },
    },
    es: {
      name: "CLASIFICAR",
      description:
        "Toda la tabla de clientes a partir de la tabla de ventas: facturación, proporciones, ABC, CV, XYZ y estado, desbordada y viva.",
      parameters: {
        table: {
          name: "tabla",
          description: "La tabla con encabezados: clientes en la primera columna, una columna por periodo.",
        },
        a: { name: "a", description: "Proporción donde termina la clase A (por defecto 50 %)." },
        b: { name: "b", description: "Proporción donde termina la clase B (por defecto 80 %)." },
        x: { name: "x", description: "CV máximo para X (por defecto 10 %)." },
        y: { name: "y", description: "CV máximo para Y (por defecto 25 %)." },
        window: ES_WINDOW,
      },
    },
  },
};
