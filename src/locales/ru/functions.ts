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
    description: "Наибольший КВ для X: 0,1 или 10 (по умолчанию 10 %).",
  },
  y: {
    name: "y",
    description: "Наибольший КВ для Y: 0,25 или 25 (по умолчанию 25 %).",
  },
};

/** The class limits' parameters, the same for ABCCLASS and ABC. */
const abcLimits = {
  a: {
    name: "a",
    description: "Доля, на которой кончается класс A: 0,5 или 50 (по умолчанию 50 %).",
  },
  b: {
    name: "b",
    description: "Доля, на которой кончается класс B: 0,8 или 80 (по умолчанию 80 %).",
  },
};

/** The period amounts of CV.P and CV.S. */
const periodAmounts = {
  name: "суммы",
  description: "Суммы по периодам от старых к новым: одна строка или один столбец. Пустые = 0.",
};

/** The activity window of CLIENTSTATUS and CLASSIFY. */
const activityWindow = {
  name: "окно",
  description: "Окно активности в периодах (по умолчанию 3: три месяца).",
};

/** The custom functions' names and descriptions, in Russian. */
export const functions: Words<typeof en> = {
  "CV.P": {
    name: "КОЭФВАР.Г",
    description:
      "Коэффициент вариации (σ генеральной совокупности / среднее) сумм по периодам с первой покупки до конца.",
    parameters: {
      values: periodAmounts,
    },
  },
  "CV.S": {
    name: "КОЭФВАР.В",
    description: "Коэффициент вариации по выборочной σ (делит на n − 1) с первой покупки до конца.",
    parameters: {
      values: periodAmounts,
    },
  },
  XYZCLASS: {
    name: "КЛАСС.XYZ",
    description:
      "Класс XYZ (X стабильный, Y переменчивый, Z нерегулярный) по суммам за периоды или по готовому КВ.",
    parameters: {
      values_or_cv: {
        name: "суммы_или_кв",
        description: "Суммы по периодам от старых к новым (строка или столбец) или одно число — КВ.",
      },
      ...xyzLimits,
    },
  },
  ABCCLASS: {
    name: "КЛАСС.ABC",
    description:
      "Класс ABC одной суммы среди всех: A, пока более крупные клиенты держат меньше доли a оборота.",
    parameters: {
      value: {
        name: "оборот",
        description: "Оборот клиента.",
      },
      values: {
        name: "обороты",
        description: "Обороты всех клиентов (весь столбец, закреплённый через $).",
      },
      ...abcLimits,
    },
  },
  ABC: {
    name: "ABC",
    description:
      "Классы ABC всего столбца оборотов сразу, с разливом рядом. Быстрее, чем КЛАСС.ABC в каждой строке.",
    parameters: {
      values: {
        name: "обороты",
        description: "Обороты всех клиентов.",
      },
      ...abcLimits,
    },
  },
  XYZ: {
    name: "XYZ",
    description: "Класс XYZ каждой строки таблицы клиенты × периоды, столбцом с разливом.",
    parameters: {
      table: {
        name: "таблица",
        description: "Суммы по периодам, строка на клиента, старые периоды слева.",
      },
      ...xyzLimits,
    },
  },
  CLIENTSTATUS: {
    name: "СТАТУС.КЛИЕНТА",
    description:
      "Статус клиента по суммам за периоды, последний — текущий: potential, new, permanent, lost или restored.",
    parameters: {
      values: {
        name: "суммы",
        description: "Суммы по периодам от старых к новым, последняя — текущий период.",
      },
      window: activityWindow,
    },
  },
  SCIBAND: {
    name: "УРОВЕНЬ.SCI",
    description:
      "Уровень надёжности клиента по индексу SCI: надёжный от 90 %, благоприятный от 80 %, уязвимый от 70 %, ниже — в зоне риска (ответ — слово уровня по-английски).",
    parameters: {
      value: {
        name: "индекс",
        description: "Индекс надёжности клиента: 0,85, 85 или 85 %.",
      },
    },
  },
  SATISFACTION: {
    name: "УДОВЛЕТВОРЕННОСТЬ",
    description:
      "Удовлетворённость по одной анкете из оценок 1–5 по самой низкой оценке: недоволен (2 и ниже), скрытое недовольство (3) или доволен (4–5); ответ — слово по-английски.",
    parameters: {
      scores: {
        name: "оценки",
        description: "Оценки одной анкеты от 1 до 5; пустая ячейка — вопрос не задавали.",
      },
    },
  },
  CLASSIFY: {
    name: "КЛАССИФИКАЦИЯ",
    description:
      "Вся таблица клиентов из таблицы продаж: оборот, доли, ABC, КВ, XYZ и статус, с разливом и пересчётом.",
    parameters: {
      table: {
        name: "таблица",
        description: "Таблица с заголовками: клиенты в первом столбце, по столбцу на период.",
      },
      a: {
        name: "a",
        description: "Доля, на которой кончается класс A (по умолчанию 50 %).",
      },
      b: {
        name: "b",
        description: "Доля, на которой кончается класс B (по умолчанию 80 %).",
      },
      x: {
        name: "x",
        description: "Наибольший КВ для X (по умолчанию 10 %).",
      },
      y: {
        name: "y",
        description: "Наибольший КВ для Y (по умолчанию 25 %).",
      },
      window: activityWindow,
    },
  },
};

/** What a custom function says in its cell when it cannot compute, in Russian; `{placeholders}` are the problem's fields. */
export const functionMessages: Words<typeof enMessages> = {
  textInRange: "Текст '{text}' в диапазоне (строка {row}, столбец {col}): нужны только суммы",
  errorInRange: "Ошибка {text} в диапазоне (строка {row}, столбец {col}): сначала исправьте ячейку",
  emptyRange: "Диапазон пуст",
  notOneLine: "Нужна одна строка или один столбец сумм по периодам, а не {rows} × {cols}",
  notANumber: "{argument} должен быть числом, а не '{text}'",
  noPositive: "В диапазоне нет положительных сумм: КВ не определён",
  nonPositiveMean: "Среднее с первой покупки не положительно (возвраты): КВ не определён",
  singlePeriod: "С первой покупки прошёл один период: для выборочного КВ нужно два",
  negativeCv: "КВ не бывает отрицательным ({value})",
  thresholdRange: "Порог {argument} должен быть больше 0 и меньше 100% (указано {value})",
  thresholdOrder: "Порог {first} ({low}) должен быть меньше порога {second} ({high})",
  windowRange: "Окно — целое число периодов от 1 (указано {value})",
  noClientRows: "В таблице нужны строка заголовков и хотя бы одна строка клиента",
  noClientColumn: "В первом столбце должны быть клиенты, а его заголовок '{header}' — период или сумма",
  noPeriodColumns: "В таблице нет столбцов периодов после столбца клиентов",
  amountsWithoutClient: "В строке {row} таблицы есть суммы, но нет клиента",
  notOneValue: "Укажите одну ячейку, а не {rows} × {cols}",
  notAnSci: "«{text}» — не индекс надёжности: укажите долю от 0 до 1 или процент от 0 до 100",
  notAScore: "«{text}» — не оценка (строка {row}, столбец {col}): нужна целая оценка от 1 до 5 или пустая ячейка",
  noScore: "В строке нет ни одной оценки: анкета не заполнена",
};

/** The header row CLASSIFY writes above its client rows, in Russian. */
export const classifyHeader: Words<typeof enHeader> = {
  client: "Клиент",
  turnover: "Оборот",
  share: "Доля",
  cumShare: "Накопленная доля",
  abc: "ABC",
  cv: "КВ",
  xyz: "XYZ",
  status: "Статус",
};

/** The size of a range a function refused: `{rows}` and `{cols}` of its messages. */
export const functionCounts: Words<typeof enCounts> = {
  rows: { one: "{n} строка", few: "{n} строки", many: "{n} строк", other: "{n} строки" },
  cols: { one: "{n} столбец", few: "{n} столбца", many: "{n} столбцов", other: "{n} столбца" },
};
