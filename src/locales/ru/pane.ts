import type { pane as en } from "../en/pane";
import type { Words } from "../Words";
import { detect } from "./pane.detect";

/** The task pane's words, in Russian. */
export const pane: Words<typeof en> = {
  app: {
    header: {
      title: "Segmenta",
    },
    language: {
      label: "Язык",
      en: "English",
      ru: "Русский",
      es: "Español",
    },
    tabs: {
      label: "Шаги",
      more: "Другие шаги",
      detect: "Данные",
      settings: "Настройки",
      run: "Запуск",
      portrait: "Портрет",
    },
    start: {
      failed: "Segmenta не удалось запустить: {message}",
    },
  },
  source: {
    bar: {
      label: "Книга",
    },
    file: {
      current: "Книга: {name}",
    },
    sample: {
      button: "Открыть пример",
    },
    open: {
      button: "Открыть книгу или файл CSV (.xlsx, .csv)",
    },
  },
  detect,
  settings: {
    unit: {
      percent: "%",
    },
    abc: {
      title: "ABC: доля оборота",
      presets: "Готовые пороги",
      preset: "{a} / {b}",
      a: "A до",
      b: "B до",
    },
    xyz: {
      title: "XYZ: стабильность спроса",
      x: "X при КВ до",
      y: "Y при КВ до",
    },
    sigma: {
      label: "Стандартное отклонение",
      population: "Генеральное (n)",
      sample: "Выборочное (n − 1)",
    },
    periods: {
      title: "Периоды",
    },
    granularity: {
      label: "Длина периода",
      month: "Месяц",
      quarter: "Квартал",
      week: "Неделя",
    },
    asOf: {
      label: "Анализировать по",
      last: "Последний период в данных",
      previous: "Предпоследний период (последний не закрыт)",
      date: "Выбранную дату",
      dateField: "Дата",
    },
    window: {
      label: "Окно активности (месяцев)",
      hint: "Клиенты с покупками в этом окне считаются активными",
    },
    metric: {
      label: "Ранжировать клиентов по",
      turnover: "Обороту",
      margin: "Марже",
      count: "Числу продаж",
    },
    reset: {
      button: "Вернуть значения по умолчанию",
    },
    from: {
      label: "Анализировать с",
      hint: "Пусто: с первого периода в данных",
    },
  },
  run: {
    start: {
      button: "Запустить",
    },
    again: {
      button: "Запустить снова",
    },
    cancel: {
      button: "Отменить",
    },
    download: {
      button: "Скачать результат",
    },
    stage: {
      read: "Читаю лист…",
      classify: "Классифицирую клиентов…",
      write: "Записываю результаты…",
    },
    progress: {
      percent: "{value} %",
    },
    settingsInvalid: "Перед запуском исправьте настройки (вкладка «Настройки»).",
    cancelled: "Запуск отменён.",
    invalid: {
      title: "Сначала нужно исправить данные",
      showData: "Показать данные",
    },
    blocked: {
      title: "Ничего не записано",
    },
    failed: {
      title: "Запуск не удался",
    },
    writeIssue: {
      protected: "Лист {sheet} защищён: снимите защиту и запустите снова.",
      filtered: "На листе {sheet} включён фильтр: сбросьте его и запустите снова.",
      blocked: {
        one: "{n} ваша ячейка на листе {sheet} стоит там, куда пишет Segmenta ({cells}). Перенесите её и запустите снова.",
        few: "{n} ваши ячейки на листе {sheet} стоят там, куда пишет Segmenta ({cells}). Перенесите их и запустите снова.",
        many: "{n} ваших ячеек на листе {sheet} стоят там, куда пишет Segmenta ({cells}). Перенесите их и запустите снова.",
        other:
          "{n} ваших ячейки на листе {sheet} стоят там, куда пишет Segmenta ({cells}). Перенесите их и запустите снова.",
      },
      sheetTaken: "Лист {sheet} уже есть и не принадлежит Segmenta: переименуйте его и запустите снова.",
    },
  },
  summary: {
    title: "Результат",
    clients: {
      one: "{n} клиент",
      few: "{n} клиента",
      many: "{n} клиентов",
      other: "{n} клиента",
    },
    counts: {
      label: "Клиенты по классам и статусам",
      classes: "Клиенты по классам",
      statuses: "Клиенты по статусам",
    },
    abcClass: "Класс {cls}",
    xyzClass: "Класс {cls}",
    goResults: {
      button: "К результатам",
    },
    goMatrix: {
      button: "К матрице",
    },
  },
  matrix: {
    caption: "Клиенты в ABC × XYZ",
    corner: "ABC \\ XYZ",
    none: "без XYZ",
    /** The name of a matrix row's cell for clients without an XYZ class. */
    noneCell: "{abc}, без XYZ",
    cell: {
      one: "{cell}: {n} клиент, {share} оборота",
      few: "{cell}: {n} клиента, {share} оборота",
      many: "{cell}: {n} клиентов, {share} оборота",
      other: "{cell}: {n} клиента, {share} оборота",
    },
  },
  preview: {
    title: "Просмотр книги",
    sheets: "Листы",
    grid: "Ячейки листа {sheet}",
    more: {
      one: "Ещё {n} строка не показана",
      few: "Ещё {n} строки не показаны",
      many: "Ещё {n} строк не показано",
      other: "Ещё {n} строки не показаны",
    },
  },
  portrait: {
    intro:
      "Идеальный портрет клиента: какие продукты должен покупать каждый сегмент, какие он покупает и чего не хватает каждому клиенту. Segmenta пишет его на свои листы и при каждом обновлении сохраняет ваши отметки и записи плана.",
    column: "{letters} · {header}",
    noColumn: "Столбец не выбран",
    noSegment: "(без сегмента)",
    segment: {
      label: "Столбец сегмента",
      hint: "Клиенты без сегмента собраны в группу «(без сегмента)».",
      wholeBase: "Без столбца сегмента вся база — один сегмент, «{name}».",
    },
    product: {
      label: "Столбец продукта",
      hint: "Один продукт в строке продажи.",
    },
    needsProduct: "Для портрета нужен столбец продукта: выберите столбец, где указан продукт каждой продажи.",
    suggest: {
      label: "Предложить целевые продукты",
      hint: "Отмечает продукты, которые покупает хотя бы половина активных клиентов сегмента. Проверьте и поправьте их на листе портрета.",
    },
    create: {
      button: "Создать листы портрета",
    },
    update: {
      button: "Обновить листы портрета",
    },
    invalid: {
      title: "Портрет не записан",
    },
    summary: {
      title: "Портрет",
      size: "{segments} × {products}, {marks}",
      segments: { one: "{n} сегмент", few: "{n} сегмента", many: "{n} сегментов", other: "{n} сегмента" },
      products: { one: "{n} продукт", few: "{n} продукта", many: "{n} продуктов", other: "{n} продукта" },
      targets: { one: "{n} цель", few: "{n} цели", many: "{n} целей", other: "{n} цели" },
      noTargets:
        "Целевые продукты ещё не отмечены: отметьте на листе «{sheet}», что должен покупать каждый сегмент (любой отметкой), затем обновите.",
      noSuggestion:
        "Ни один продукт не покупает хотя бы половина активных клиентов сегмента, поэтому предложить нечего: отметьте на листе «{sheet}», что должен покупать каждый сегмент (любой отметкой), затем обновите.",
    },
    goTargets: {
      button: "К листу портрета",
    },
    goPlan: {
      button: "К плану развития",
    },
    gaps: {
      title: "Главные пробелы сегментов",
      product: "Целевой продукт",
      share: "Покупают",
      missing: "Клиентов без",
    },
    lowest: {
      title: "Наименее развитые клиенты",
      client: "Клиент",
      degree: "Развитие",
      next: "Предложить",
      of: "{bought} из {targets}",
    },
  },
  errors: {
    timeout: "Excel не ответил за {seconds} с. Проверьте, что книга не занята, и попробуйте снова.",
    blockTooLarge: "Excel отказался принять даже одну строку (строка блока {row}): она слишком велика.",
  },
};
