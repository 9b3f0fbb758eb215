const SUFFIX = " (Segmenta)";

/**
 * The name a downloaded result is saved under: the input's own name with " (Segmenta)" before its
 * extension, so the original file is never replaced; a result downloaded again keeps one suffix.
 * @example resultFileName("sales.xlsx") // "sales (Segmenta).xlsx"
 * @example resultFileName("sales (Segmenta).xlsx") // "sales (Segmenta).xlsx"
 */
export function resultFileName(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  const hasExtension = dot > 0 && /^\.(xlsx|xlsm)$/i.test(fileName.slice(dot));
  const stem = hasExtension ? fileName.slice(0, dot) : fileName;
  const extension = hasExtension ? fileName.slice(dot) : ".xlsx";
  return `${stem.endsWith(SUFFIX) ? stem : `${stem}${SUFFIX}`}${extension}`;
}
