import type { pane as en } from "../en/pane";
import type { Words } from "../Words";
import { detect } from "./pane.detect";

/** The task pane's words, in Spanish. */
export const pane: Words<typeof en> = {
  app: {
    header: {
      title: "Segmenta",
    },
    language: {
      label: "Idioma",
      en: "English",
      ru: "Русский",
      es: "Español",
    },
    tabs: {
      label: "Pasos",
      more: "Más pasos",
      detect: "Datos",
      settings: "Ajustes",
      run: "Ejecutar",
      portrait: "Retrato",
    },
    start: {
      failed: "Segmenta no pudo iniciarse: {message}",
    },
  },
  source: {
    bar: {
      label: "Libro",
    },
    file: {
      current: "Libro: {name}",
    },
    sample: {
      button: "Abrir el libro de ejemplo",
    },
    open: {
      button: "Abrir un libro o un archivo CSV (.xlsx, .csv)",
    },
  },
  detect,
  settings: {
    unit: {
      percent: "%",
    },
    abc: {
      title: "ABC: parte de la facturación",
      presets: "Umbrales predefinidos",
      preset: "{a} / {b}",
      a: "A hasta",
      b: "B hasta",
    },
    xyz: {
      title: "XYZ: variación de la demanda",
      x: "X con CV hasta",
      y: "Y con CV hasta",
    },
    sigma: {
      label: "Desviación estándar",
      population: "Poblacional (n)",
      sample: "Muestral (n − 1)",
    },
    periods: {
      title: "Periodos",
    },
    granularity: {
      label: "Duración del periodo",
      month: "Mes",
      quarter: "Trimestre",
      week: "Semana",
    },
    asOf: {
      label: "Analizar hasta",
      last: "El último periodo de los datos",
      previous: "El penúltimo periodo (el último está incompleto)",
      date: "Una fecha que elijo",
      dateField: "Fecha",
    },
    window: {
      label: "Ventana de actividad (meses)",
      hint: "Los clientes que compraron en esta ventana están activos",
    },
    metric: {
      label: "Ordenar clientes por",
      turnover: "Facturación",
      margin: "Margen",
      count: "Número de ventas",
    },
    reset: {
      button: "Restablecer los valores",
    },
    from: {
      label: "Analizar desde",
      hint: "Vacío: desde el primer periodo de los datos",
    },
  },
  run: {
    start: {
      button: "Ejecutar",
    },
    again: {
      button: "Ejecutar de nuevo",
    },
    cancel: {
      button: "Cancelar",
    },
    download: {
      button: "Descargar el resultado",
    },
    stage: {
      read: "Leyendo la hoja…",
      classify: "Clasificando clientes…",
      write: "Escribiendo los resultados…",
    },
    progress: {
      percent: "{value} %",
    },
    settingsInvalid: "Corrija los ajustes antes de ejecutar (véase Ajustes).",
    cancelled: "La ejecución se canceló.",
    invalid: {
      title: "Primero hay que corregir los datos",
      showData: "Ver los datos",
    },
    blocked: {
      title: "No se escribió nada",
    },
    failed: {
      title: "La ejecución falló",
    },
    writeIssue: {
      protected: "La hoja {sheet} está protegida: desprotéjala y vuelva a ejecutar.",
      filtered: "Hay un filtro activo en {sheet}: quítelo y vuelva a ejecutar.",
      blocked: {
        one: "{n} celda suya en {sheet} está donde Segmenta escribiría ({cells}). Muévala y vuelva a ejecutar.",
        other:
          "{n} celdas suyas en {sheet} están donde Segmenta escribiría ({cells}). Muévalas y vuelva a ejecutar.",
      },
      sheetTaken:
        "Ya existe una hoja llamada {sheet} que no es de Segmenta: cámbiele el nombre y vuelva a ejecutar.",
    },
  },
  summary: {
    title: "Resultado",
    clients: {
      one: "{n} cliente",
      other: "{n} clientes",
    },
    counts: {
      label: "Clientes por clase y estado",
      classes: "Clientes por clase",
      statuses: "Clientes por estado",
    },
    abcClass: "Clase {cls}",
    xyzClass: "Clase {cls}",
    goResults: {
      button: "Ir a los resultados",
    },
    goMatrix: {
      button: "Ir a la matriz",
    },
  },
  matrix: {
    caption: "Clientes en ABC × XYZ",
    corner: "ABC \\ XYZ",
    none: "sin XYZ",
    /** The name of a matrix row's cell for clients without an XYZ class. */
    noneCell: "{abc}, sin XYZ",
    cell: {
      one: "{cell}: {n} cliente, {share} de la facturación",
      other: "{cell}: {n} clientes, {share} de la facturación",
    },
  },
  preview: {
    title: "Vista del libro",
    sheets: "Hojas",
    grid: "Celdas de {sheet}",
    more: {
      one: "{n} fila más no se muestra",
      other: "{n} filas más no se muestran",
    },
  },
  portrait: {
    intro:
      "El retrato ideal del cliente: qué productos debería comprar cada segmento, cuáles compra y qué le falta a cada cliente. Segmenta lo escribe en sus propias hojas y conserva sus marcas y entradas del plan en cada actualización.",
    column: "{letters} · {header}",
    noColumn: "Ninguna columna elegida",
    noSegment: "(sin segmento)",
    segment: {
      label: "Columna de segmento",
      hint: "Los clientes sin segmento se agrupan como «(sin segmento)».",
      wholeBase: "Sin columna de segmento, toda la base es un segmento, «{name}».",
    },
    product: {
      label: "Columna de producto",
      hint: "Un producto por fila de venta.",
    },
    needsProduct:
      "El retrato necesita una columna de producto: elija la columna que nombra el producto de cada venta.",
    suggest: {
      label: "Sugerir objetivos",
      hint: "Marca los productos que compra al menos la mitad de los clientes activos de un segmento. Revíselos y cámbielos en la hoja de objetivos.",
    },
    create: {
      button: "Crear hojas del retrato",
    },
    update: {
      button: "Actualizar hojas del retrato",
    },
    invalid: {
      title: "No se escribió ningún retrato",
    },
    summary: {
      title: "Retrato",
      size: "{segments} × {products}, {marks}",
      segments: { one: "{n} segmento", other: "{n} segmentos" },
      products: { one: "{n} producto", other: "{n} productos" },
      targets: { one: "{n} objetivo", other: "{n} objetivos" },
      noTargets:
        "Aún no hay objetivos marcados: marque en la hoja «{sheet}» los productos que debería comprar cada segmento (cualquier marca), y actualice.",
      noSuggestion:
        "Ningún producto lo compra al menos la mitad de los clientes activos de un segmento, así que no se sugirió ninguno: marque en la hoja «{sheet}» los productos que debería comprar cada segmento (cualquier marca), y actualice.",
    },
    goTargets: {
      button: "Ir a la hoja de objetivos",
    },
    goPlan: {
      button: "Ir al plan",
    },
    gaps: {
      title: "Principales brechas por segmento",
      product: "Producto objetivo",
      share: "Lo compran",
      missing: "Clientes sin él",
    },
    lowest: {
      title: "Clientes menos desarrollados",
      client: "Cliente",
      degree: "Desarrollo",
      next: "Ofrecer",
      of: "{bought} de {targets}",
    },
  },
  errors: {
    timeout:
      "Excel no respondió en {seconds} s. Compruebe que el libro no esté ocupado e inténtelo de nuevo.",
    blockTooLarge: "Excel rechazó una sola fila (fila {row} del bloque) por ser demasiado grande.",
  },
};
